namespace Publish.Glossary;

/// <summary>How bad a glossary problem is: errors stop loading, warnings only inform.</summary>
public enum GlossarySeverity
{
    Warning,
    Error,
}

/// <summary>One problem found by <see cref="Glossary.Check"/>, located at a line of a glossary file.</summary>
public sealed record GlossaryIssue(string File, int Line, GlossarySeverity Severity, string Message)
{
    /// <summary>The CLI form, <c>file:line: error: message</c>, as compilers print it so editors can jump to it.</summary>
    public string Describe() => $"{File}:{Line}: {(Severity == GlossarySeverity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>Everything <see cref="Glossary.Check"/> found, in file order and then line order.</summary>
public sealed record GlossaryCheckResult(IReadOnlyList<GlossaryIssue> Issues, int EntryCount)
{
    public IEnumerable<GlossaryIssue> Errors => Issues.Where(i => i.Severity == GlossarySeverity.Error);

    public IEnumerable<GlossaryIssue> Warnings => Issues.Where(i => i.Severity == GlossarySeverity.Warning);

    public bool HasErrors => Errors.Any();
}
