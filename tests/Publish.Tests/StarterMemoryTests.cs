using System.Xml.Linq;

namespace Publish.Tests;

/// <summary>The starter memory in samples/ must keep matching what the segmenter produces, or it gives no exact matches.</summary>
public class StarterMemoryTests
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Fact]
    public void Every_starter_memory_source_is_a_segment_of_its_sample_with_the_same_id()
    {
        var tmx = XDocument.Load(Path.Combine(Samples.Root, "samples", "starter-memory.tmx"));
        var units = tmx.Descendants("tu").ToList();

        Assert.True(units.Count >= 200);
        foreach (var unit in units)
        {
            string Prop(string type) => unit.Elements("prop").Single(p => (string?)p.Attribute("type") == type).Value;
            var document = Samples.Document(Prop("x-document")[..3]);
            var source = unit.Elements("tuv").Single(t => (string?)t.Attribute(Xml + "lang") == "nl-NL").Element("seg")!.Value;
            var target = unit.Elements("tuv").Single(t => (string?)t.Attribute(Xml + "lang") == "en-GB").Element("seg")!.Value;

            var segment = document.Segments.Single(s => s.Id == Prop("x-segment-id"));
            Assert.Equal(segment.Text, source);
            Assert.False(string.IsNullOrWhiteSpace(target));
        }
    }
}
