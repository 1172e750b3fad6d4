using System.Text.RegularExpressions;
using Publish.Ingest.Dehyphenation;
using Xunit.Abstractions;

namespace Publish.Tests.Dehyphenation;

/// <summary>
/// Held-out check on words the rules were not tuned on: every word of the sample texts, broken where Dutch
/// hyphenation could break it, must join again; every hyphenated word, broken at its hyphen, must keep it.
/// </summary>
public sealed partial class SampleWordSplitTests(ITestOutputHelper output)
{
    private static readonly Dehyphenator Dehyphenator = new();

    [Fact]
    public void Sample_words_broken_between_syllables_join_again()
    {
        var words = SampleTokens().Where(t => PlainWord().IsMatch(t) && t.Length >= 8).Distinct(StringComparer.Ordinal).ToList();
        int total = 0;
        var misses = new List<string>();
        foreach (string word in words)
        {
            // A break before a consonant that begins a syllable (vowel-consonant-vowel): verde|diging.
            for (int i = 3; i <= word.Length - 3; i++)
            {
                if (!IsVowel(word[i - 1]) || IsVowel(word[i]) || !IsVowel(word[i + 1]))
                {
                    continue;
                }

                total++;
                string result = Dehyphenator.JoinAcrossLineBreak(word[..i] + "-", word[i..], null);
                if (result != word)
                {
                    misses.Add($"{word[..i]}-|{word[i..]} -> {result}");
                }
            }
        }

        Report(total, misses);
        Assert.True(misses.Count <= total / 50, $"{misses.Count} of {total} breaks not joined");
    }

    [Fact]
    public void Sample_words_with_a_hyphen_keep_it_when_broken_there()
    {
        var words = SampleTokens().Where(t => HyphenatedWord().IsMatch(t)).Distinct(StringComparer.Ordinal).ToList();
        var misses = new List<string>();
        foreach (string word in words)
        {
            int hyphen = word.IndexOf('-', StringComparison.Ordinal);
            string result = Dehyphenator.JoinAcrossLineBreak(word[..(hyphen + 1)], word[(hyphen + 1)..], null);
            if (result != word)
            {
                misses.Add($"{word} -> {result}");
            }
        }

        Report(words.Count, misses);
        Assert.True(misses.Count <= words.Count / 10, $"{misses.Count} of {words.Count} hyphens lost");
    }

    private void Report(int total, List<string> misses)
    {
        output.WriteLine($"correct: {total - misses.Count}/{total}");
        misses.ForEach(output.WriteLine);
    }

    private static bool IsVowel(char c) => "aeiouyëïéèöüáó".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);

    private static IEnumerable<string> SampleTokens()
    {
        string samples = Path.Combine(Path.GetDirectoryName(LineEndHyphenData.FindFile())!, "..", "..", "..", "samples");
        return Directory.EnumerateFiles(samples, "*.txt")
            .SelectMany(File.ReadLines)
            .Where(line => !line.TrimEnd().EndsWith('-'))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(token => token.Trim('(', ')', '.', ',', ';', ':', '?', '!', '"', '\'', '‘', '’', '“', '”'));
    }

    [GeneratedRegex(@"^\p{Ll}+$")]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"^\p{L}+-\p{L}[\p{L}-]*$")]
    private static partial Regex HyphenatedWord();
}
