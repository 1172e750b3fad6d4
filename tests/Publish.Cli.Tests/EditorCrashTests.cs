using System.Diagnostics;
using Publish.Documents;
using Publish.Projects;

namespace Publish.Cli.Tests;

/// <summary>The editor process killed in the middle of a session keeps every confirmation it reported.</summary>
public sealed class EditorCrashTests : IDisposable
{
    private const string Document = "004_938116419a6a225b";
    private readonly string dir = Directory.CreateTempSubdirectory("publish-crash-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public async Task Killing_the_editor_mid_session_loses_no_confirmed_segment()
    {
        Assert.Equal(0, ProjectProcess.Run(dir, null, "init").ExitCode);
        Assert.Equal(0, ProjectProcess.Run(dir, null, "add", PublishProcess.Sample("004")).ExitCode);
        var confirmations = new[] { ("b2.s1", "On 4 and 5 April 2023 NATO foreign ministers met in Brussels."), ("b2.s2", "A flag ceremony marked Finland's accession."), ("b2.s3", "Finland took part as a full member.") };

        using var editor = ProjectProcess.Start(dir, "translate", "004");
        var reported = new List<string>();
        foreach (var (id, english) in confirmations)
        {
            await editor.StandardInput.WriteLineAsync($"g {id}");
            await editor.StandardInput.WriteLineAsync($"c {english}");
            await editor.StandardInput.FlushAsync();
            reported.Add(await ReadUntil(editor, $"{id} confirmed"));
        }

        // An edit that was never confirmed, then the process dies as with a crash or a closed terminal.
        await editor.StandardInput.WriteLineAsync("g b2.s4");
        await editor.StandardInput.WriteLineAsync("e Sweden attended as an invitee.");
        await editor.StandardInput.FlushAsync();
        await ReadUntil(editor, "edit: Sweden attended as an invitee.");
        editor.Kill(entireProcessTree: true);
        await editor.WaitForExitAsync();

        Assert.Equal(3, reported.Count);
        using var project = PublishProject.Open(dir);
        var saved = project.Store.Translations(Document);
        foreach (var (id, english) in confirmations)
        {
            Assert.Equal((english, TranslationStatus.Translated), (saved[id].Target, saved[id].Status));
        }

        Assert.False(saved.ContainsKey("b2.s4"));
        using var memory = project.OpenMemory();
        Assert.Equal(3, memory.Statistics().Units);
    }

    private static async Task<string> ReadUntil(Process process, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(text, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"the editor ended before printing \"{text}\": {await process.StandardError.ReadToEndAsync()}");
    }
}
