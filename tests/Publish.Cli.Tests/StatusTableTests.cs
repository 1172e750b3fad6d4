namespace Publish.Cli.Tests;

/// <summary>The <c>publish status</c> tables as a translator reads them: one row per document and a total row.</summary>
public sealed class StatusTableTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("publish-status-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Status_shows_one_row_per_document_and_a_total_with_segments_over_words_per_band()
    {
        Ok("init", ".");
        Ok("add", PublishProcess.Sample("000"), PublishProcess.Sample("002"));
        Ok("tm", "import", Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx"));
        Ok("pretranslate");

        var lines = Ok("status").Split('\n');

        var rows000 = lines.Where(l => l.Contains("│ 000_", StringComparison.Ordinal)).ToList();
        var totals = lines.Where(l => l.Contains("│ total", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows000.Count);
        Assert.Equal(2, totals.Count);
        Assert.Contains("58 / 1,207", rows000[0], StringComparison.Ordinal);
        Assert.Contains("87 / 1,739", totals[0], StringComparison.Ordinal);
        Assert.EndsWith("100 % │", totals[1].TrimEnd(), StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= 200, l));
    }

    private string Ok(params string[] args)
    {
        var result = ProjectProcess.Run(dir, null, args);
        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        return result.Stdout;
    }
}
