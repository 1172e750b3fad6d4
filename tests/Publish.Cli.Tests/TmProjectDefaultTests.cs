namespace Publish.Cli.Tests;

/// <summary>Inside a project, <c>publish tm</c> works on the project's memory without <c>--tm</c>.</summary>
public sealed class TmProjectDefaultTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("publish-tm-project-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Tm_import_inside_a_project_fills_the_project_memory_that_pretranslate_uses()
    {
        var project = Path.Combine(dir, "brief");
        Assert.Equal(0, ProjectProcess.Run(dir, null, "init", project).ExitCode);
        var sources = Path.Combine(project, "sources");
        var starter = Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx");

        var import = ProjectProcess.Run(sources, null, "tm", "import", starter);

        Assert.Equal(0, import.ExitCode);
        Assert.True(File.Exists(Path.Combine(project, ".publish", "tm.db")), import.Stderr);
        var stats = ProjectProcess.Run(project, null, "tm", "stats");
        Assert.Contains("200", stats.Stdout, StringComparison.Ordinal);
    }
}
