using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Publish.Ingest.Docx;

/// <summary>
/// Collects the text a reader of the printed document sees in one paragraph: tracked changes accepted,
/// field results instead of field codes, footnote references turned into anchors. One instance per story
/// (body, footnotes), because a complex field may span paragraphs.
/// </summary>
/// <remarks>
/// Run content per ECMA-376 Part 1 §17.3.3: w:t text, w:tab / w:ptab / w:br / w:cr become a space,
/// w:noBreakHyphen a "-", w:softHyphen nothing. Tracked changes (§17.13.5): w:ins and w:moveTo are kept,
/// w:del (with its w:delText) and w:moveFrom are dropped. Fields (§17.16): text between
/// w:fldChar begin and separate is the instruction and is dropped, text between separate and end is the
/// displayed result and is kept; w:fldSimple content is its result. Hidden runs (w:vanish) are dropped.
/// Drawings, pictures, embedded objects and text boxes are not running text and are skipped.
/// </remarks>
internal sealed class DocxTextCollector
{
    private const string MathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /// <summary>Word elements whose children are running text of the paragraph.</summary>
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple", "dir", "bdo",
    };

    private readonly DocxFootnoteReader _footnotes;

    /// <summary>Open complex fields, innermost last: false while in the instruction, true in the result.</summary>
    private readonly List<bool> _fields = [];

    private long? _customMarkFootnoteId;
    private int _line;

    public DocxTextCollector(DocxFootnoteReader footnotes) => _footnotes = footnotes;

    private bool ShowsText => _fields.TrueForAll(inResult => inResult);

    /// <summary>Appends the visible text of <paramref name="paragraph"/>; <paramref name="line"/> is for anchors.</summary>
    public void Collect(Paragraph paragraph, AnchoredTextBuilder text, int line)
    {
        _line = line;
        Walk(paragraph, text);
        if (_customMarkFootnoteId is { } id)
        {
            // The custom mark never came: number the footnote as if it were automatic.
            _customMarkFootnoteId = null;
            text.AppendAnchor(_footnotes.Reference(id, customMark: null, line));
        }
    }

    private void Walk(OpenXmlElement parent, AnchoredTextBuilder text)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child.NamespaceUri == MathNamespace)
            {
                WalkMath(child, text);
                continue;
            }

            switch (child)
            {
                case Run run when IsHidden(run):
                    // Hidden text is not shown, but a field character in it still opens or closes a field.
                    foreach (var fieldChar in run.Elements<FieldChar>())
                    {
                        TrackField(fieldChar);
                    }

                    break;
                case Run run:
                    Walk(run, text);
                    break;
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    AppendText(t.Text, text);
                    break;
                case TabChar or PositionalTab or Break or CarriageReturn:
                    AppendVisible(" ", text);
                    break;
                case NoBreakHyphen:
                    AppendVisible("-", text);
                    break;
                case FootnoteReference reference when reference.Id?.Value is { } id:
                    Reference(id, reference.CustomMarkFollows?.Value == true, text);
                    break;
                case FieldChar fieldChar:
                    TrackField(fieldChar);
                    break;
                default:
                    if (child.NamespaceUri == parent.NamespaceUri && Containers.Contains(child.LocalName))
                    {
                        Walk(child, text);
                    }

                    break;
            }
        }
    }

    /// <summary>Office Math (ECMA-376 Part 1 §22.1): only its m:t runs carry text.</summary>
    private void WalkMath(OpenXmlElement element, AnchoredTextBuilder text)
    {
        if (element.LocalName == "t")
        {
            AppendText(element.InnerText, text);
            return;
        }

        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == MathNamespace)
            {
                WalkMath(child, text);
            }
            else if (child is Run run && !IsHidden(run))
            {
                Walk(run, text);
            }
        }
    }

    private void AppendText(string value, AnchoredTextBuilder text)
    {
        if (_customMarkFootnoteId is { } id && ShowsText && value.Trim().Length > 0)
        {
            // With customMarkFollows (ECMA-376 Part 1 §17.11) the next run's text is the reference mark, not body text.
            _customMarkFootnoteId = null;
            text.AppendAnchor(_footnotes.Reference(id, value.Trim(), _line));
            return;
        }

        AppendVisible(value, text);
    }

    private void AppendVisible(string value, AnchoredTextBuilder text)
    {
        if (ShowsText)
        {
            text.Append(value);
        }
    }

    private void Reference(long id, bool customMarkFollows, AnchoredTextBuilder text)
    {
        if (!ShowsText)
        {
            return;
        }

        if (customMarkFollows)
        {
            _customMarkFootnoteId = id;
            return;
        }

        text.AppendAnchor(_footnotes.Reference(id, customMark: null, _line));
    }

    private void TrackField(FieldChar fieldChar)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            _fields.Add(false);
        }
        else if (type == FieldCharValues.Separate && _fields.Count > 0)
        {
            _fields[^1] = true;
        }
        else if (type == FieldCharValues.End && _fields.Count > 0)
        {
            _fields.RemoveAt(_fields.Count - 1);
        }
    }

    private static bool IsHidden(Run run) =>
        run.RunProperties?.GetFirstChild<Vanish>() is { } vanish && (vanish.Val is null || vanish.Val.Value);
}
