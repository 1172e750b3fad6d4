using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publish.Segmentation;

namespace Publish.Tests.Segmentation;

public sealed class SentenceSplitterProperties
{
    private static readonly string[] Tokens =
    [
        "De", "minister", "NAVO", "Oekraïne", "o.a.", "bijv.", "jl.", "a.s.", "nr.", "394", "1.", "2.3", "a)", "B.",
        "W.B.", "Hoekstra", "etc.", "’s", "kabinet", "EU", "c.s.", "(Kamerstuk", "36 045)", "‘Rusland’", "“Ja.”",
        ".", "?", "!", "…", "...", ":", ";", ",", "(", ")", "\"", "'", "’", " ", "  ", "\n", "\n\n", "\t", "\u00A0", "\u2029",
    ];

    private static readonly Arbitrary<string> DutchishText =
        Gen.Elements(Tokens).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    // Ranges in order and non-overlapping, each trimmed, only white space between and around them, and the
    // ranges plus the gaps give back the input, so every non-white-space character is in some range.
    [Property(MaxTest = 500)]
    public Property Ranges_are_ordered_trimmed_and_separated_by_white_space_only() =>
        Prop.ForAll(DutchishText, text => Holds(text, new DutchSentenceSplitter().Split(text)));

    private static bool Holds(string text, IReadOnlyList<TextRange> ranges)
    {
        var rebuilt = new System.Text.StringBuilder();
        var previousEnd = 0;
        foreach (var range in ranges)
        {
            var gap = text[previousEnd..range.Start];
            var piece = text.Substring(range.Start, range.Length);
            if (range.Length == 0 || range.Start < previousEnd || !gap.All(char.IsWhiteSpace) ||
                char.IsWhiteSpace(piece[0]) || char.IsWhiteSpace(piece[^1]))
            {
                return false;
            }

            rebuilt.Append(gap).Append(piece);
            previousEnd = range.End;
        }

        var tail = text[previousEnd..];
        return tail.All(char.IsWhiteSpace) && rebuilt.Append(tail).ToString() == text;
    }
}
