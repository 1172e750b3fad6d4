using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Segmentation;

/// <summary>
/// Applies an ordered SRX rule list to text (SRX 2.0 §2.4): at a position, the first rule whose beforebreak matches
/// text ending there and whose afterbreak matches text starting there decides; where no rule applies there is no break.
/// </summary>
/// <remarks>
/// Trying every rule at every position is slow, so the work is split. Each break rule is compiled as
/// <c>before(?=after)</c> and run once over the text as a forward scan; the ends of its matches are the candidate
/// breaks. Matches of one rule do not overlap, so a break that only a match overlapping an earlier one of the same rule
/// could produce is not found; ordinary rules (ending in punctuation, then space) never need that.
/// Consecutive no-break rules are merged into one anchored pattern <c>\G(?:(?&lt;=b1)(?=a1)|(?&lt;=b2)(?=a2)|…)</c>
/// (their order among themselves cannot change the outcome), and that is tried only at candidates found by a later
/// break rule. Rules that use backreferences keep a pattern of their own, since merging renumbers groups.
/// A beforebreak is tested as a lookbehind, which .NET matches right to left; a backreference there would be read
/// before its group, so beforebreak patterns with backreferences are refused (afterbreak ones are fine).
/// </remarks>
internal sealed class SrxSegmenter
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public const string BackreferenceInBeforeBreak =
        "backreferences are not supported in beforebreak (it is matched right to left as a lookbehind)";

    private readonly List<(Regex Scan, int RuleIndex)> _breakScanners = [];
    private readonly List<(Regex AnchoredTest, int FirstRuleIndex)> _noBreakGroups = [];

    public SrxSegmenter(IReadOnlyList<SrxRule> rules)
    {
        var pending = new List<SrxRule>();
        var pendingStart = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (SrxRegexTranslator.HasBackreference(rule.BeforeBreak))
            {
                throw new ArgumentException(BackreferenceInBeforeBreak, nameof(rules));
            }

            var standalone = SrxRegexTranslator.HasBackreference(rule.AfterBreak);
            if (pending.Count > 0 && (rule.IsBreak || standalone))
            {
                _noBreakGroups.Add((AnchoredTest(pending), pendingStart));
                pending.Clear();
            }

            if (rule.IsBreak)
            {
                _breakScanners.Add((new Regex($"(?:{rule.BeforeBreak})(?=(?:{rule.AfterBreak}))", Options), i));
                continue;
            }

            if (pending.Count == 0)
            {
                pendingStart = i;
            }

            pending.Add(rule);
            if (standalone)
            {
                _noBreakGroups.Add((AnchoredTest(pending), pendingStart));
                pending.Clear();
            }
        }

        if (pending.Count > 0)
        {
            _noBreakGroups.Add((AnchoredTest(pending), pendingStart));
        }
    }

    public SrxSegmenter(SrxDocument document, string languageCode)
        : this(document.RulesFor(languageCode))
    {
    }

    /// <summary>Break positions in ascending order, each strictly inside the text.</summary>
    public IReadOnlyList<int> FindBreaks(string text)
    {
        var candidates = FindCandidates(text);
        var breaks = new List<int>(candidates.Count);
        foreach (var (position, ruleIndex) in candidates)
        {
            if (!IsVetoed(text, position, ruleIndex))
            {
                breaks.Add(position);
            }
        }

        return breaks;
    }

    /// <summary>Segments as ranges trimmed of surrounding white space; blank segments are dropped.</summary>
    public IReadOnlyList<TextRange> Split(string text)
    {
        var ranges = new List<TextRange>();
        var start = 0;
        foreach (var position in FindBreaks(text))
        {
            AddTrimmed(text, start, position, ranges);
            start = position;
        }

        AddTrimmed(text, start, text.Length, ranges);
        return ranges;
    }

    private List<(int Position, int RuleIndex)> FindCandidates(string text)
    {
        var candidates = new List<(int Position, int RuleIndex)>();
        foreach (var (scan, ruleIndex) in _breakScanners)
        {
            foreach (var match in scan.EnumerateMatches(text))
            {
                var position = match.Index + match.Length;
                if (position > 0 && position < text.Length)
                {
                    candidates.Add((position, ruleIndex));
                }
            }
        }

        if (_breakScanners.Count > 1)
        {
            // Several break rules may propose one position; the earliest rule is the one that counts.
            candidates.Sort();
            var kept = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (kept == 0 || candidates[kept - 1].Position != candidates[i].Position)
                {
                    candidates[kept++] = candidates[i];
                }
            }

            candidates.RemoveRange(kept, candidates.Count - kept);
        }

        return candidates;
    }

    // A no-break rule vetoes a candidate only if it comes before the break rule that proposed it.
    private bool IsVetoed(string text, int position, int breakRuleIndex)
    {
        foreach (var (test, firstRuleIndex) in _noBreakGroups)
        {
            if (firstRuleIndex > breakRuleIndex)
            {
                break;
            }

            if (test.IsMatch(text, position))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex AnchoredTest(List<SrxRule> rules)
    {
        var pattern = new StringBuilder(@"\G(?:");
        for (var i = 0; i < rules.Count; i++)
        {
            if (i > 0)
            {
                pattern.Append('|');
            }

            pattern.Append("(?<=(?:").Append(rules[i].BeforeBreak).Append("))(?=(?:").Append(rules[i].AfterBreak).Append("))");
        }

        return new Regex(pattern.Append(')').ToString(), Options);
    }

    private static void AddTrimmed(string text, int start, int end, List<TextRange> ranges)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add(new TextRange(start, end - start));
        }
    }
}
