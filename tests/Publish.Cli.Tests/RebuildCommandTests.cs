namespace Publish.Cli.Tests;

public sealed class RebuildCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("publish-rebuild-cli-").FullName;

    [Fact]
    public void Rebuild_after_a_glossary_change_reports_the_update_writes_a_report_and_does_nothing_the_second_time()
    {
        var root = FindRoot();
        Assert.Equal(0, ProjectProcess.Run(directory, null, "init", ".").ExitCode);
        var glossary = Directory.CreateDirectory(Path.Combine(directory, "glossary")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(root, "glossary"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(glossary, Path.GetFileName(file)));
        }

        Assert.Equal(0, ProjectProcess.Run(directory, null, ["add", .. Directory.GetFiles(Path.Combine(root, "samples"), "*.txt")]).ExitCode);
        Assert.Equal(0, ProjectProcess.Run(directory, null, "tm", "import", Path.Combine(root, "samples", "starter-memory.tmx"), "--tm", ".publish/tm.db").ExitCode);
        Assert.Equal(0, ProjectProcess.Run(directory, null, "pretranslate").ExitCode);
        var eu = Path.Combine(glossary, "eu.tsv");
        File.WriteAllText(eu, File.ReadAllText(eu).Replace("\tForeign Affairs Council (FAC)\t", "\tForeign Affairs Council\t", StringComparison.Ordinal));

        var dry = ProjectProcess.Run(directory, null, "rebuild", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("updated `b1.s1`", dry.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(directory, "reports")));

        var run = ProjectProcess.Run(directory, null, "rebuild");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 segments updated", run.Stdout, StringComparison.Ordinal);
        var report = Assert.Single(Directory.GetFiles(Path.Combine(directory, "reports"), "rebuild-*.md"));
        Assert.Contains("\"Foreign Affairs Council (FAC)\" → \"Foreign Affairs Council\"", File.ReadAllText(report), StringComparison.Ordinal);

        var again = ProjectProcess.Run(directory, null, "rebuild");
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("Nothing to do", again.Stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(directory, "reports"), "rebuild-*.md"));
    }

    public void Dispose() => Directory.Delete(directory, true);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Publish.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
