using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using Publish.Rendering.Pdf.Layout;

namespace Publish.Rendering.Pdf.Tagging;

/// <summary>
/// The one place that talks to PDFsharp 6.2.4's tagging (UAManager, StructureBuilder) and works around
/// its measured pitfalls (shared/notes/pdf-rendering.md):
/// <list type="bullet">
/// <item>drawing outside a structure element throws, so decoration goes through <see cref="Artifact"/>;</item>
/// <item>marked content is mis-nested inside text objects (PDF 1.7 §14.6) at a page start and when an
/// artifact follows text: every page begins with an artifact, and graphic mode is entered before each one;</item>
/// <item>an element may stay open across a page break only if the old page's XGraphics is disposed after
/// the new page is added (the builder closes the old page's marked content through it);</item>
/// <item>there is no API for a header cell's scope: /Scope is written into its table attributes.</item>
/// </list>
/// </summary>
internal sealed class TaggedCanvas : IDisposable
{
    private readonly PdfDocument document;
    private readonly UAManager manager;
    private readonly StructureBuilder builder;
    private XGraphics? graphics;
    private readonly List<XSolidBrush> brushes = [];
    private (PdfInlineLevelElementTag Tag, string Language)? openInline;

    public TaggedCanvas(PdfDocument document, string language)
    {
        this.document = document;
        // Before the first page: the manager hooks page creation. Its constructor sets /Lang "en".
        manager = UAManager.ForDocument(document);
        manager.SetDocumentLanguage(language);
        builder = manager.StructureBuilder;
    }

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("no page yet");

    /// <summary>Scratch space for joining words, one per document so parallel renders do not share it.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>One brush per colour for the whole document rather than one per word.</summary>
    public XSolidBrush Brush(XColor color)
    {
        // A handful of theme colours: a scan with XColor's own == avoids boxing it as a dictionary key.
        foreach (var brush in brushes)
        {
            if (brush.Color == color)
            {
                return brush;
            }
        }

        var created = new XSolidBrush(color);
        brushes.Add(created);
        return created;
    }

    /// <summary>Text inside the open structure element, at a baseline.</summary>
    public void DrawString(string text, TextStyle style, double x, double baseline) =>
        Graphics.DrawString(text, style.Font, Brush(style.Color), x, baseline);

    public void NewPage(double width, double height)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(width);
        page.Height = XUnit.FromPoint(height);
        graphics?.Dispose();
        graphics = XGraphics.FromPdfPage(page);
    }

    public void Begin(StructureTag tag, string? language)
    {
        CloseInline();
        switch (tag)
        {
            case StructureTag.Paragraph: builder.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case StructureTag.Heading1: builder.BeginElement(PdfBlockLevelElementTag.Heading1); break;
            case StructureTag.Heading2: builder.BeginElement(PdfBlockLevelElementTag.Heading2); break;
            case StructureTag.Heading3: builder.BeginElement(PdfBlockLevelElementTag.Heading3); break;
            case StructureTag.Table: builder.BeginElement(PdfBlockLevelElementTag.Table); break;
            case StructureTag.TableRow: builder.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case StructureTag.TableDataCell: builder.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
            case StructureTag.TableHeaderCell:
                builder.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
                builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
                break;
            case StructureTag.List: builder.BeginElement(PdfBlockLevelElementTag.List); break;
            case StructureTag.ListItem: builder.BeginElement(PdfBlockLevelElementTag.ListItem); break;
            case StructureTag.Label: builder.BeginElement(PdfBlockLevelElementTag.Label); break;
            case StructureTag.ListBody: builder.BeginElement(PdfBlockLevelElementTag.ListBody); break;
            default: throw new ArgumentOutOfRangeException(nameof(tag));
        }

        SetLanguage(language);
    }

    /// <summary>An inline element: a Span in another language, a Reference to a note, or the Note itself.</summary>
    public void BeginInline(PdfInlineLevelElementTag tag, string? language)
    {
        CloseInline();
        builder.BeginElement(tag);
        SetLanguage(language);
    }

    /// <summary>
    /// Keeps one inline element (a Span in another language, a note Reference) open across words and
    /// lines, so a Dutch stretch inside English reads as one Span rather than one per line.
    /// </summary>
    public void SwitchInline((PdfInlineLevelElementTag Tag, string Language)? wanted)
    {
        if (wanted == openInline)
        {
            return;
        }

        CloseInline();
        if (wanted is { } inline)
        {
            builder.BeginElement(inline.Tag);
            builder.SetLanguage(inline.Language);
            openInline = inline;
        }
    }

    public void CloseInline()
    {
        if (openInline is not null)
        {
            builder.End();
            openInline = null;
        }
    }

    public void End()
    {
        CloseInline();
        builder.End();
    }

    /// <summary>Draws decoration or running text as an artifact (§14.8.2.2), outside the structure tree.</summary>
    public void Artifact(Action<XGraphics> draw)
    {
        manager.BeginGraphicMode();
        builder.BeginArtifact();
        draw(Graphics);
        builder.End();
    }

    public void Dispose() => graphics?.Dispose();

    private void SetLanguage(string? language)
    {
        if (language is not null)
        {
            builder.SetLanguage(language);
        }
    }
}
