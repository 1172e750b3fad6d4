using System.Globalization;
using System.Text;
using System.Xml;

namespace Publish.Interchange.Tmx;

/// <summary>
/// Reads a <c>&lt;tuv&gt;</c>'s <c>&lt;seg&gt;</c> (TMX 1.4b §3.6) on the main reader, ending on the tuv's end
/// element. Inline codes (bpt, ept, it, ph, ut) hold native markup of the original format; we keep their
/// position as a placeholder, not their content: {1} and {/1} for a bpt/ept pair with i="1", {7/} for an
/// isolated code with x="7" (or a running number). The text of <c>&lt;hi&gt;</c> is kept, its markup dropped.
/// One instance per reader: the text buffers are reused from segment to segment.
/// </summary>
internal sealed class TmxSegmentReader
{
    private readonly StringBuilder text = new();
    private readonly char[] chunk = new char[4096];

    public string ReadVariant(XmlReader tuv, IXmlLineInfo lines, string path)
    {
        string? segment = null;
        var depth = tuv.Depth;
        var more = !tuv.IsEmptyElement && tuv.Read();
        while (more && tuv.Depth > depth)
        {
            if (tuv.NodeType == XmlNodeType.Element && tuv.LocalName == "seg")
            {
                segment = ReadSegment(tuv, lines, path);
            }

            more = tuv.Read();
        }

        return segment ?? throw new PublishInputException(path, "<tuv> without <seg>", lines.LineNumber);
    }

    // Ends on the seg's end element (or on the seg itself when it is empty).
    private string ReadSegment(XmlReader seg, IXmlLineInfo lines, string path)
    {
        text.Clear();
        var depth = seg.Depth;
        var more = !seg.IsEmptyElement && seg.Read();
        var isolated = 0;
        while (more && seg.Depth > depth)
        {
            switch (seg.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendBounded(seg, lines, path);
                    more = seg.Read();
                    break;
                case XmlNodeType.Element when seg.LocalName is "bpt" or "ept" or "ph" or "it" or "ut":
                    var paired = seg.GetAttribute("i") ?? seg.GetAttribute("x") ?? "0";
                    text.Append(seg.LocalName switch
                    {
                        "bpt" => "{" + paired + "}",
                        "ept" => "{/" + paired + "}",
                        _ => "{" + (seg.GetAttribute("x") ?? (++isolated).ToString(CultureInfo.InvariantCulture)) + "/}",
                    });
                    seg.Skip();
                    more = !seg.EOF;
                    break;
                default:
                    more = seg.Read();
                    break;
            }

            CheckLength(lines, path);
        }

        return text.ToString();
    }

    /// <summary>Reads a text node in chunks, so that one huge text node fails at the limit instead of filling memory.</summary>
    private void AppendBounded(XmlReader seg, IXmlLineInfo lines, string path)
    {
        if (!seg.CanReadValueChunk)
        {
            text.Append(seg.Value);
            return;
        }

        int read;
        while ((read = seg.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            text.Append(chunk, 0, read);
            CheckLength(lines, path);
        }
    }

    private void CheckLength(IXmlLineInfo lines, string path)
    {
        if (text.Length > TmxReader.MaximumSegmentCharacters)
        {
            throw new PublishInputException(path, $"<seg> longer than {TmxReader.MaximumSegmentCharacters:N0} characters", lines.LineNumber);
        }
    }
}
