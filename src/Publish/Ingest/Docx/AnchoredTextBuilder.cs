using System.Text;
using Publish.Documents;

namespace Publish.Ingest.Docx;

/// <summary>
/// Accumulates the raw text of one paragraph (or table cell) together with footnote markers, and produces
/// the reader contract's text: NFC, soft hyphens removed, whitespace collapsed to single spaces, trimmed,
/// with each marker's offset mapped into that final text. Shared by the DOCX and Markdown readers.
/// </summary>
/// <remarks>
/// Markers travel through normalisation as a private-use sentinel character, so the offsets stay right
/// however much whitespace collapses around them. A marker next to whitespace sticks to the preceding
/// word ("NAVO.[1] Naast" gives the anchor at the end of "NAVO."), as in the text reader.
/// </remarks>
internal sealed class AnchoredTextBuilder
{
    private const char Sentinel = '\uE000';
    private const char SoftHyphen = '\u00AD';

    private readonly StringBuilder _raw = new();
    private readonly List<string> _numbers = [];

    public bool IsEmpty => _raw.Length == 0;

    public void Append(string text)
    {
        foreach (var c in text)
        {
            // A sentinel already in the source must not be mistaken for one of ours.
            _raw.Append(c == Sentinel ? ' ' : c);
        }
    }

    public void Append(char c) => _raw.Append(c == Sentinel ? ' ' : c);

    public void AppendAnchor(string number)
    {
        _raw.Append(Sentinel);
        _numbers.Add(number);
    }

    public (string Text, List<FootnoteAnchor> Anchors) Build()
    {
        var normalized = _raw.ToString().Normalize(NormalizationForm.FormC);
        var text = new StringBuilder(normalized.Length);
        var anchors = new List<FootnoteAnchor>(_numbers.Count);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (c == Sentinel)
            {
                anchors.Add(new FootnoteAnchor(text.Length, _numbers[anchors.Count]));
            }
            else if (c == SoftHyphen)
            {
                continue;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = text.Length > 0;
            }
            else
            {
                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }

                text.Append(c);
            }
        }

        return (text.ToString(), anchors);
    }
}
