namespace Publish.Cli.Tests;

/// <summary>
/// <c>publish render</c> on a project, and the build manifest it keeps: unchanged outputs are left alone
/// (bytes and timestamps), and a glossary change re-renders only the outputs of the documents it touched.
/// </summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("publish-render-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Render_all_writes_bilingual_and_english_docx_and_pdf_and_leaves_them_alone_when_nothing_changed()
    {
        BuildProject();

        var first = Ok("render", "--all");
        var outputs = Directory.GetFiles(Path.Combine(dir, "output")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, outputs.Count);
        Assert.Contains($"{Id("000")}.bilingual.pdf", outputs);
        Assert.Contains($"{Id("002")}.english.docx", outputs);
        Assert.Contains("8 written", first, StringComparison.Ordinal);
        var before = Snapshot();

        var second = Ok("render", "--all");

        Assert.Contains("0 written, 8 up to date", second, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_glossary_change_re_renders_only_the_outputs_of_the_documents_it_touched()
    {
        BuildProject();
        Ok("render", "--all");
        var before = Snapshot();
        var eu = Path.Combine(dir, "glossary", "eu.tsv");
        File.WriteAllText(eu, File.ReadAllText(eu).Replace("\tForeign Affairs Council (FAC)\t", "\tForeign Affairs Council\t", StringComparison.Ordinal));

        Ok("rebuild");

        var after = Snapshot();
        var changed = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([$"{Id("000")}.bilingual.docx", $"{Id("000")}.bilingual.pdf", $"{Id("000")}.english.docx", $"{Id("000")}.english.pdf"], changed);
        Assert.Contains("0 written, 8 up to date", Ok("render", "--all"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_renders_a_brief_again_with_the_options_it_was_rendered_with()
    {
        BuildProject();
        Ok("render", "000", "--layout", "brief", "--format", "md", "--contact", "Press office, +31 70 348 6486");
        var eu = Path.Combine(dir, "glossary", "eu.tsv");
        File.WriteAllText(eu, File.ReadAllText(eu).Replace("\tForeign Affairs Council (FAC)\t", "\tForeign Affairs Council\t", StringComparison.Ordinal));
        var brief = Path.Combine(dir, "output", $"{Id("000")}.brief.md");
        var before = File.ReadAllText(brief);

        Ok("rebuild");

        var after = File.ReadAllText(brief);
        Assert.NotEqual(before, after);
        Assert.Contains("Press office, +31 70 348 6486", after, StringComparison.Ordinal);
    }

    [Fact]
    public void One_document_in_one_layout_and_format_can_be_written_to_a_named_file()
    {
        BuildProject();

        Ok("render", "002", "--layout", "brief", "--format", "md", "-o", "brief.md");

        var brief = File.ReadAllText(Path.Combine(dir, "brief.md"));
        Assert.StartsWith("---", brief, StringComparison.Ordinal);
        Assert.Contains("NATO ministerial meeting of 7 January", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_without_a_document_or_all_is_refused()
    {
        BuildProject();

        var result = ProjectProcess.Run(dir, null, "render");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("name one document or give --all", result.Stderr, StringComparison.Ordinal);
    }

    private void BuildProject()
    {
        Ok("init", ".");
        var glossary = Directory.CreateDirectory(Path.Combine(dir, "glossary")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(PublishProcess.RepositoryRoot, "glossary"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(glossary, Path.GetFileName(file)));
        }

        Ok("add", PublishProcess.Sample("000"), PublishProcess.Sample("002"));
        Ok("tm", "import", Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx"));
        Ok("pretranslate");
    }

    private static string Id(string prefix) => Path.GetFileNameWithoutExtension(PublishProcess.Sample(prefix));

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(Path.Combine(dir, "output")).ToDictionary(
            f => Path.GetFileName(f),
            f => $"{File.GetLastWriteTimeUtc(f):O} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}");

    private string Ok(params string[] args)
    {
        var result = ProjectProcess.Run(dir, null, args);
        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        return result.Stdout;
    }
}
