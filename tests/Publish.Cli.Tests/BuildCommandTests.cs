namespace Publish.Cli.Tests;

/// <summary><c>publish build</c>, the README's main job: sources to rendered briefings in one command.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("publish-build-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Build_adds_pretranslates_and_renders_every_document_and_the_brief_then_redoes_nothing()
    {
        var pdf = Path.Combine(PublishProcess.RepositoryRoot, "samples", "pdf", "ah-tk-20232024-2367.pdf");
        string[] args =
        [
            "build", PublishProcess.Sample("000"), PublishProcess.Sample("002"), pdf,
            "--memory", Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx"),
            "--brief", "002", "-o", "project",
        ];

        var first = ProjectProcess.Run(dir, null, args);

        Assert.True(first.ExitCode == 0, first.Stderr);
        var output = Path.Combine(dir, "project", "output");
        Assert.EndsWith($"15 outputs in {output}", first.Stdout.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("pretranslate 000_2b6b90faf971b57b: 58 translated", first.Stdout, StringComparison.Ordinal);
        var files = Directory.GetFiles(output).Select(Path.GetFileName).ToList();
        Assert.Contains("ah-tk-20232024-2367.bilingual.pdf", files);
        Assert.Contains("002_339d04086ffbbeaa.brief.md", files);
        Assert.Contains("002_339d04086ffbbeaa.brief.pdf", files);
        Assert.Equal(15, files.Count);

        var second = ProjectProcess.Run(dir, null, args);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(15, second.Stdout.Split('\n').Count(l => l.Contains("up to date", StringComparison.Ordinal)));
    }
}
