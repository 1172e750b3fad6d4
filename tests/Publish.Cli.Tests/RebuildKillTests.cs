using System.Diagnostics;
using Publish.Projects;

namespace Publish.Cli.Tests;

/// <summary>
/// <c>publish rebuild</c> killed (or stopped with Ctrl+C) at an exact step and run again ends in the state of
/// one uninterrupted run: translations, statuses, history, memory units and their history, the build manifest
/// and the output files. The step is reached through the <c>PUBLISH_REBUILD_PAUSE</c> hook, which holds the
/// run there, so the kill never races the work.
/// </summary>
public sealed class RebuildKillTests(RebuildKillProject project) : IClassFixture<RebuildKillProject>
{
    [Theory]
    [InlineData("documents:1")]
    [InlineData("documents:6")]
    [InlineData("memory:1")]
    [InlineData("outputs:3")]
    public async Task A_rebuild_killed_mid_way_and_run_again_ends_as_an_uninterrupted_one(string pause)
    {
        var directory = project.Copy("killed");
        using (var rebuild = await StartPaused(directory, pause))
        {
            rebuild.Kill(entireProcessTree: true);
            await rebuild.WaitForExitAsync();
        }

        var killed = RebuildKillProject.State(directory, project.Outputs);
        Assert.NotEqual(project.Reference, killed);
        if (pause.StartsWith("documents:", StringComparison.Ordinal))
        {
            using var opened = PublishProject.Open(directory);
            var version = opened.LoadGlossary()!.Version;
            Assert.Equal(int.Parse(pause["documents:".Length..], System.Globalization.CultureInfo.InvariantCulture), opened.Store.Documents().Count(d => d.GlossaryVersion == version));
        }

        RebuildKillProject.Ok(directory, "rebuild");

        Assert.Equal(project.Reference, RebuildKillProject.State(directory, project.Outputs));
        Assert.Equal(project.ReferenceReport, RebuildKillProject.ReportDocuments(directory));
        Assert.StartsWith("Nothing to do", RebuildKillProject.Ok(directory, "rebuild"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_while_re_rendering_leaves_every_output_old_or_new_and_the_rerun_finishes_them()
    {
        var directory = project.Copy("interrupted");
        using (var rebuild = await StartPaused(directory, "outputs:2"))
        {
            using var interrupt = Process.Start("kill", ["-s", "INT", rebuild.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await interrupt.WaitForExitAsync();
            var stdout = await rebuild.StandardOutput.ReadToEndAsync();
            await rebuild.WaitForExitAsync();
            Assert.Equal(1, rebuild.ExitCode);
            Assert.Contains("interrupted, run again to continue", stdout, StringComparison.Ordinal);
        }

        // Old: the bytes from before the rebuild, its record still stale. New: complete, the bytes its fresh record hashed.
        var outputs = RebuildKillProject.OutputHashes(directory);
        Assert.Equal(project.Outputs.Keys.Order(StringComparer.Ordinal), outputs.Keys.Order(StringComparer.Ordinal));
        using (var opened = PublishProject.Open(directory))
        {
            var records = opened.Store.BuildOutputs().ToDictionary(r => Path.GetFileName(r.Path), StringComparer.Ordinal);
            Assert.All(outputs, o => Assert.True(
                o.Value == project.Outputs[o.Key] || (!records[o.Key].Stale && o.Value == records[o.Key].OutputSha256),
                o.Key + " is neither the old output nor a recorded new one"));
            Assert.Contains(records.Values, r => r.Stale);
        }

        var rerun = RebuildKillProject.Ok(directory, "rebuild");

        Assert.Contains("outputs re-rendered", rerun, StringComparison.Ordinal);
        Assert.Equal(project.Reference, RebuildKillProject.State(directory, project.Outputs));
        Assert.Equal(project.ReferenceReport, RebuildKillProject.ReportDocuments(directory));
    }

    /// <summary>Starts <c>publish rebuild</c> with the pause hook and returns once it reports the pause.</summary>
    private static async Task<Process> StartPaused(string directory, string pause)
    {
        var rebuild = ProjectProcess.Start(directory, new Dictionary<string, string> { ["PUBLISH_REBUILD_PAUSE"] = pause }, "rebuild");
        rebuild.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await rebuild.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("publish rebuild: paused after", StringComparison.Ordinal))
            {
                return rebuild;
            }
        }

        var stdout = await rebuild.StandardOutput.ReadToEndAsync(timeout.Token);
        rebuild.Dispose();
        throw new InvalidOperationException($"the rebuild ended without pausing at {pause}: {stdout}");
    }
}
