using System.Collections.Concurrent;
using Publish.Documents;

namespace Publish.Tests;

/// <summary>The real seed documents in samples/, processed once per test run.</summary>
internal static class Samples
{
    private static readonly ConcurrentDictionary<string, PublishDocument> Cache = new();

    public static string Root { get; } = FindRoot();

    public static string PathOf(string prefix) =>
        Directory.GetFiles(Path.Combine(Root, "samples"), prefix + "_*.txt").Single();

    public static PublishDocument Document(string prefix) =>
        Cache.GetOrAdd(prefix, p => new DocumentPipeline().Process(PathOf(p)));

    public static Segment SegmentContaining(this PublishDocument document, string text) =>
        document.Segments.Single(s => s.Text.Contains(text, StringComparison.Ordinal));

    public static Block BlockContaining(this PublishDocument document, string text) =>
        document.Blocks.Single(b => b.Text.Contains(text, StringComparison.Ordinal));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publish.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Publish.sln not found above the test binaries");
    }
}
