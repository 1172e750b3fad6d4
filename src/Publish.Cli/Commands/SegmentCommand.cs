using System.CommandLine;
using System.Text;
using Publish.Documents;
using Publish.Documents.Serialization;
using Publish.IO;

namespace Publish.Cli.Commands;

using Publish.Glossary;

/// <summary>
/// <c>publish segment FILE... [--format json|text] [-o OUT]</c>. Every input is processed before anything is
/// written, so one bad file leaves no output at all. Several inputs give a JSON array, or one file each when
/// OUT is a directory.
/// </summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Source documents: PDF, PDF-extracted text, DOCX or Markdown." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (or directory, one file per input) instead of standard output." };
        var glossary = new Option<string?>("--glossary", "-g") { Description = "Glossary directory (default: ./glossary, else the glossary shipped with publish)." };
        var command = new Command("segment", "Read documents, rebuild their structure and split them into annotated segments.") { files, format, output, glossary };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(glossary))));
        return command;
    }

    private static int Run(string[] files, string format, string? output, string? glossary)
    {
        var glossaryDirectory = GlossaryLocator.Find(glossary);
        var pipeline = glossaryDirectory is null ? new DocumentPipeline() : new DocumentPipeline(Glossary.Load(glossaryDirectory));
        var documents = files.Select(pipeline.Process).ToList();
        bool json = format == "json";
        if (output is not null && (Directory.Exists(output) || output.EndsWith('/')))
        {
            foreach (var document in documents)
            {
                var name = Path.GetFileNameWithoutExtension(document.Source.Path) + (json ? ".json" : ".txt");
                AtomicFile.Write(Path.Combine(output, name), s => Render(s, [document], json));
            }

            return 0;
        }

        if (output is not null)
        {
            AtomicFile.Write(output, s => Render(s, documents, json));
        }
        else
        {
            using var stdout = Console.OpenStandardOutput();
            Render(stdout, documents, json);
        }

        return 0;
    }

    private static void Render(Stream stream, IReadOnlyList<PublishDocument> documents, bool json)
    {
        if (!json)
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            foreach (var document in documents)
            {
                DocumentTextWriter.Write(document, text);
            }

            return;
        }

        DocumentJsonWriter.Write(documents, stream);
    }
}
