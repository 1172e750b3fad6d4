namespace Publish.Segmentation;

/// <summary>
/// Splits Dutch block text into sentences with the SRX rules in <c>Rules/nl.srx</c> (embedded), loaded and compiled
/// once per process.
/// </summary>
internal sealed class DutchSentenceSplitter : ISentenceSplitter
{
    public const string RulesResourceName = "Publish.Segmentation.Rules.nl.srx";

    private static readonly Lazy<SrxSegmenter> Segmenter = new(() => new SrxSegmenter(LoadRules(), "nl"));

    public IReadOnlyList<TextRange> Split(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Segmenter.Value.Split(text);

    /// <summary>The embedded Dutch SRX document.</summary>
    public static SrxDocument LoadRules()
    {
        using var stream = typeof(DutchSentenceSplitter).Assembly.GetManifestResourceStream(RulesResourceName)
            ?? throw new InvalidOperationException($"embedded resource {RulesResourceName} is missing from the build");
        return SrxDocument.Load(stream, "nl.srx");
    }
}
