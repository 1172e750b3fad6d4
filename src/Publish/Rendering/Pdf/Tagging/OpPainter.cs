using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Publish.Rendering.Content;
using Publish.Rendering.Pdf.Layout;

namespace Publish.Rendering.Pdf.Tagging;

/// <summary>
/// Replays the layout's operations onto PDF pages. It runs after layout, so the page count is known and
/// every page says "page X of Y" (the second of the two passes).
/// </summary>
internal sealed class OpPainter(TaggedCanvas canvas, RenderContent content, int pageCount)
{
    public void Paint(IEnumerable<DrawOp> ops)
    {
        foreach (var op in ops)
        {
            switch (op)
            {
                case NewPageOp page:
                    canvas.NewPage(content.Page.Width, content.Page.Height);
                    RunningParts(page.Frame);
                    break;
                case BeginStructure begin:
                    canvas.Begin(begin.Tag, begin.Language);
                    break;
                case EndStructure:
                    canvas.End();
                    break;
                case DrawLine line:
                    LinePainter.Draw(canvas, line.Line, line.X, line.Top, line.Width, line.BlockLanguage);
                    break;
                case DrawNote note:
                    Note(note.Note, note.Placement.Top);
                    break;
                case DrawRule rule:
                    canvas.Artifact(g => g.DrawLine(new XPen(rule.Color, rule.Thickness), rule.X1, rule.Y1, rule.X2, rule.Y2));
                    break;
                case FillRect fill:
                    canvas.Artifact(g => g.DrawRectangle(canvas.Brush(fill.Color), fill.X, fill.Y, fill.Width, fill.Height));
                    break;
                case ArtifactLine artifact:
                    canvas.Artifact(g =>
                    {
                        double x = artifact.X;
                        foreach (var word in artifact.Line.Words)
                        {
                            g.DrawString(word.Text, word.Style.Font, canvas.Brush(word.Style.Color), x, artifact.Top + artifact.Line.Baseline);
                            x += word.Width;
                        }
                    });
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(ops));
            }
        }
    }

    /// <summary>Running header, footer and the rule above the notes: artifacts, and the first thing on every page.</summary>
    private void RunningParts(PageFrame frame)
    {
        var page = content.Page;
        var style = PdfTheme.Running;
        var brush = canvas.Brush(style.Color);
        var footer = string.Format(CultureInfo.InvariantCulture, "Page {0} of {1}", frame.Number, pageCount);
        canvas.Artifact(g =>
        {
            double headerBaseline = page.Top / 2 + style.Size;
            g.DrawString(content.RunningHeader ?? content.Title, style.Font, brush, page.Left, headerBaseline);
            g.DrawLine(new XPen(PdfTheme.Rule, 0.5), page.Left, headerBaseline + 5, page.Width - page.Right, headerBaseline + 5);
            double footerBaseline = page.Height - page.Bottom / 2;
            g.DrawString(footer, style.Font, brush, page.Width - page.Right - TextMeasurer.Width(footer, style), footerBaseline);
            g.DrawString(content.Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), style.Font, brush, page.Left, footerBaseline);
            if (frame.Notes.Count > 0)
            {
                double rule = frame.NotesTop - Paginator.NoteSeparator / 2;
                g.DrawLine(new XPen(PdfTheme.Muted, 0.5), page.Left, rule, page.Left + 120, rule);
            }
        });
    }

    /// <summary>A footnote as a Note element: its number, then each paragraph in a Span with its language.</summary>
    private void Note(NoteLayout note, double top)
    {
        canvas.BeginInline(PdfInlineLevelElementTag.Note, note.Paragraphs.Count > 0 ? note.Paragraphs[0].Language : null);
        var number = new TextLine([new WordBox(note.Number + " ", PdfTheme.Footnote, content.Language, 0, true, RunStyle.Normal)], 0, PdfTheme.Footnote.LineHeight, PdfTheme.Footnote.Baseline, false);
        LinePainter.Draw(canvas, number, content.Page.Left, top, NoteLayout.NumberWidth, content.Language);
        foreach (var (language, lines) in note.Paragraphs)
        {
            canvas.BeginInline(PdfInlineLevelElementTag.Span, language);
            foreach (var line in lines)
            {
                LinePainter.Draw(canvas, line, content.Page.Left + NoteLayout.NumberWidth, top, content.Page.BodyWidth - NoteLayout.NumberWidth, language);
                top += line.Height;
            }

            canvas.End();
        }

        canvas.End();
    }
}
