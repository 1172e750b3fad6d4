namespace Publish.Projects;

public enum QaSeverity
{
    Warning,
    Error,
}

/// <summary>One QA finding, printed as <c>file:segment: severity: message</c>.</summary>
public sealed record QaIssue(string File, string DocumentId, string SegmentId, QaSeverity Severity, string Code, string Message)
{
    public override string ToString() => $"{File}:{SegmentId}: {(Severity == QaSeverity.Error ? "error" : "warning")}: {Message}";
}
