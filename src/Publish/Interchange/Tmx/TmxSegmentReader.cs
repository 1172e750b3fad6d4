using System.Globalization;
using System.Text;
using System.Xml;

namespace Publish.Interchange.Tmx;

/// <summary>
/// Reads the content of one <c>&lt;seg&gt;</c> (TMX 1.4b §3.6). Inline codes (bpt, ept, it, ph, ut) hold
/// native markup of the original format; we keep their position as a placeholder, not their content:
/// {1} and {/1} for a bpt/ept pair with i="1", {7/} for an isolated code with x="7" (or a running number).
/// The text of <c>&lt;hi&gt;</c> is kept, its markup dropped.
/// </summary>
internal static class TmxSegmentReader
{
    /// <summary>The segment text with placeholders; <paramref name="tooLong"/> makes the error for an oversized one.</summary>
    public static string Read(XmlReader seg, Func<Exception> tooLong)
    {
        var text = new StringBuilder();
        using (seg)
        {
            seg.Read();
            seg.Read();
            var isolated = 0;
            while (!seg.EOF)
            {
                switch (seg.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        AppendBounded(seg, text, tooLong);
                        seg.Read();
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
                        break;
                    default:
                        seg.Read();
                        break;
                }

                if (text.Length > TmxReader.MaximumSegmentCharacters)
                {
                    throw tooLong();
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a text node in chunks, so that one huge text node fails at the limit instead of filling memory.</summary>
    private static void AppendBounded(XmlReader seg, StringBuilder text, Func<Exception> tooLong)
    {
        if (!seg.CanReadValueChunk)
        {
            text.Append(seg.Value);
            return;
        }

        var buffer = new char[4096];
        int read;
        while ((read = seg.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > TmxReader.MaximumSegmentCharacters)
            {
                throw tooLong();
            }
        }
    }
}
