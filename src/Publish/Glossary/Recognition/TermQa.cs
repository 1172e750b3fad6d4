using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publish.Documents;
using Publish.Segmentation.Placeables;

namespace Publish.Glossary.Recognition;

/// <summary>
/// Checks a Dutch→English segment pair against the glossary and the source's placeables: missing preferred
/// English for a term, forbidden renderings, missing placeables and numbers the source does not have.
/// Thread-safe; create once per glossary.
/// </summary>
internal sealed partial class TermQa
{
    private readonly TermRecognizer recognizer;
    private readonly PlaceableRecognizer placeableRecognizer = new();
    private readonly Dictionary<string, GlossaryEntry> entriesById = new(StringComparer.Ordinal);

    // Patterns are built on first use: a 100,000-entry glossary would not want them all up front.
    private readonly ConcurrentDictionary<(string Phrase, bool CaseSensitive, bool Plural), Regex> patterns = new();

    public TermQa(TermRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        this.recognizer = recognizer;
        foreach (var entry in recognizer.Entries)
        {
            entriesById.TryAdd(entry.Id, entry);
        }
    }

    /// <summary>Recognises terms and placeables in <paramref name="source"/>, then checks <paramref name="target"/>.</summary>
    public IReadOnlyList<TermIssue> Check(string source, string target) =>
        Check(source, target, recognizer.Recognize(source), placeableRecognizer.Recognize(source));

    /// <summary>Checks <paramref name="target"/> against terms and placeables already found in <paramref name="source"/>.</summary>
    public IReadOnlyList<TermIssue> Check(string source, string target, IReadOnlyList<TermSpan> terms, IReadOnlyList<Placeable> placeables)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(placeables);
        var issues = new List<TermIssue>();
        var termsByEntry = terms
            .Where(term => term.Entry is not null && entriesById.ContainsKey(term.Entry))
            .GroupBy(term => term.Entry!, StringComparer.Ordinal)
            .Select(group => (Entry: entriesById[group.Key], First: group.First()))
            .ToList();

        // Where the target uses a preferred rendering, a forbidden phrase inside it is that rendering, not an error.
        var preferredRanges = new List<TextRange>();
        foreach (var (entry, first) in termsByEntry)
        {
            var found = EnglishPhrase.AcceptedRenderings(entry.Target)
                .SelectMany(rendering => Find(target, rendering, IsAcronym(entry), plural: true))
                .ToList();
            if (found.Count == 0)
            {
                found = EnglishPhrase.AcceptedRenderings(entry.Target).Select(WithoutArticle).OfType<string>()
                    .SelectMany(core => Find(target, core, IsAcronym(entry), plural: true))
                    .ToList();
                if (found.Count > 0)
                {
                    issues.Add(new TermIssue(
                        TermIssueKind.TermVariant,
                        $"\"{source.Substring(first.Start, first.Length)}\" is rendered as \"{target.Substring(found[0].Start, found[0].Length)}\" without the glossary's \"{entry.Target}\"; right for a generic use",
                        entry.Id,
                        SourceRange: new TextRange(first.Start, first.Length),
                        TargetRange: found[0]));
                }
            }

            preferredRanges.AddRange(found);
            if (found.Count == 0)
            {
                issues.Add(new TermIssue(
                    TermIssueKind.MissingTerm,
                    $"\"{source.Substring(first.Start, first.Length)}\" should be translated as \"{entry.Target}\"",
                    entry.Id,
                    SourceRange: new TextRange(first.Start, first.Length)));
            }
        }

        foreach (var (entry, first) in termsByEntry)
        {
            foreach (var forbidden in entry.Forbidden.Where(f => f.Trim().Length > 0))
            {
                foreach (var range in Find(target, forbidden, IsAcronym(entry), plural: false).Where(r => !Inside(r, preferredRanges)))
                {
                    issues.Add(new TermIssue(
                        TermIssueKind.ForbiddenTerm,
                        $"\"{forbidden}\" is not used for \"{entry.Source}\"; write \"{entry.Target}\"",
                        entry.Id,
                        SourceRange: new TextRange(first.Start, first.Length),
                        TargetRange: range));
                }
            }
        }

        AddPlaceableIssues(source, target, placeables, issues);
        return issues;
    }

    private static void AddPlaceableIssues(string source, string target, IReadOnlyList<Placeable> placeables, List<TermIssue> issues)
    {
        foreach (var placeable in placeables)
        {
            var present = ContainsWhole(target, placeable.Text) || (placeable.Target is { Length: > 0 } english && ContainsWhole(target, english));
            if (!present)
            {
                var expected = placeable.Target is { } t && t != placeable.Text ? $"\"{t}\" (\"{placeable.Text}\")" : $"\"{placeable.Text}\"";
                issues.Add(new TermIssue(
                    TermIssueKind.MissingPlaceable,
                    $"The {placeable.Kind.ToString().ToLowerInvariant()} {expected} is missing from the translation",
                    Placeable: placeable,
                    SourceRange: new TextRange(placeable.Start, placeable.Length)));
            }
        }

        // A number is accounted for if the source or an English rendering of a source placeable has it.
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in placeables.Select(p => p.Target).Append(source))
        {
            foreach (Match number in NumberToken().Matches(text ?? ""))
            {
                known.Add(number.Value);
            }
        }

        foreach (Match number in NumberToken().Matches(target))
        {
            if (!known.Contains(number.Value))
            {
                issues.Add(new TermIssue(
                    TermIssueKind.AlteredNumber,
                    $"The number \"{number.Value}\" in the translation is not in the source",
                    TargetRange: new TextRange(number.Index, number.Length)));
            }
        }
    }

    private IEnumerable<TextRange> Find(string target, string phrase, bool caseSensitive, bool plural)
    {
        if (phrase.Trim().Length == 0)
        {
            return [];
        }

        var pattern = patterns.GetOrAdd((phrase, caseSensitive, plural), key => EnglishPhrase.Pattern(key.Phrase, key.CaseSensitive, key.Plural));
        return pattern.Matches(target).Select(match => new TextRange(match.Index, match.Length));
    }

    // "the Alliance" → "Alliance": the phrase a generic use keeps ("an alliance"); null when nothing would remain.
    private static string? WithoutArticle(string rendering)
    {
        var space = rendering.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && rendering[..space].ToLowerInvariant() is "the" or "a" or "an" && rendering[(space + 1)..].Trim().Length > 0
            ? rendering[(space + 1)..].Trim()
            : null;
    }

    // Acronyms are compared with their capitals: "NATO", not "nato"; other renderings in any case.
    private static bool IsAcronym(GlossaryEntry entry) => entry.Kind == TermKind.Acronym;

    private static bool Inside(TextRange range, List<TextRange> outer) =>
        outer.Any(o => o.Start <= range.Start && range.Start + range.Length <= o.Start + o.Length);

    /// <summary>Ordinal search that does not accept "5" inside "15" or "NAVO" inside "NAVOs".</summary>
    private static bool ContainsWhole(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var end = at + value.Length;
            var startOk = at == 0 || !TermText.IsWordChar(value[0]) || !TermText.IsWordChar(text[at - 1]);
            var endOk = end == text.Length || !TermText.IsWordChar(value[^1]) || !TermText.IsWordChar(text[end]);
            if (startOk && endOk)
            {
                return true;
            }
        }

        return false;
    }

    // Digits with inner separators, as either language writes them: 28676, 1.000, 1,000, 2.5, 14:00.
    [GeneratedRegex(@"\d+(?:[.,:]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();
}
