using Publish.Documents;
using Publish.Ingest;
using Publish.Ingest.Docx;

namespace Publish.Tests.Ingest.Docx;

public class Sample002LetterTests
{
    private static SourceLayout Read(byte[] bytes) => new DocxSourceReader().Read(new SourceFile("002-letter.docx", bytes));

    [Fact]
    public void The_generated_letter_reads_as_its_paragraphs_headings_and_footnote()
    {
        var layout = Read(Sample002LetterDocx.Build());

        Assert.Equal(Sample002LetterDocx.ExpectedParagraphs, layout.Paragraphs.Select(p => p.Text));
        Assert.Equal(ParagraphHint.Title, layout.Paragraphs[Sample002LetterDocx.TitleIndex].Hint);
        Assert.Equal(
            Sample002LetterDocx.HeadingIndexes,
            layout.Paragraphs.Select((p, i) => (p, i)).Where(x => x.p.Hint == ParagraphHint.Heading).Select(x => x.i));
        Assert.All(Sample002LetterDocx.HeadingIndexes, i => Assert.Equal(1, layout.Paragraphs[i].Level));

        var footnoted = layout.Paragraphs[Sample002LetterDocx.FootnotedParagraphIndex];
        Assert.EndsWith("t.b.v. de NAVO.", footnoted.Text, StringComparison.Ordinal);
        Assert.Equal([new FootnoteAnchor(footnoted.Text.Length, "1")], footnoted.Anchors);
        Assert.Single(layout.Paragraphs, p => p.Anchors.Count > 0);

        var note = Assert.Single(layout.Footnotes);
        Assert.Equal(Sample002LetterDocx.FootnoteText, note.Text);
        Assert.Equal("1", note.Label);
        Assert.Equal(footnoted.Line, note.Line);
        Assert.Empty(layout.Warnings);
    }

    [Fact]
    public void The_committed_letter_sample_reads_like_its_generator()
    {
        var path = Path.Combine(RepositoryRoot(), Sample002LetterDocx.RelativePath);
        if (Environment.GetEnvironmentVariable("PUBLISH_WRITE_SAMPLES") == "1")
        {
            File.WriteAllBytes(path, Sample002LetterDocx.Build());
        }

        var committed = Read(File.ReadAllBytes(path));
        var generated = Read(Sample002LetterDocx.Build());

        Assert.Equal(Describe(generated), Describe(committed));
        Assert.Equal(SourceFormat.Docx, SourceFormatSniffer.Detect(new SourceFile(path, File.ReadAllBytes(path))));
    }

    private static List<string> Describe(SourceLayout layout) =>
    [
        .. layout.Paragraphs.Concat(layout.Footnotes).Select(p =>
            $"{p.Line} {p.Hint} {p.Level} {p.Label} {p.Text} [{string.Join(",", p.Anchors)}]"),
    ];

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Publish.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Publish.sln not found above " + AppContext.BaseDirectory);
    }
}
