using System.Globalization;
using Publish.Documents;

namespace Publish.Ingest.Structure;

/// <summary>
/// Turns the paragraphs of any reader into blocks with their roles: title, headings, letter parts, the questions
/// of each parliamentary group and the numbered answers linked to their questions, footnotes.
/// The same rules serve text, DOCX, Markdown and PDF, so every format gives the same model.
/// </summary>
internal sealed class StructureBuilder
{
    private readonly PublishDocument _document;
    private readonly QaTracker _qa;
    private bool _inSignature;

    private StructureBuilder(PublishDocument document, SourceLayout layout)
    {
        _document = document;
        _qa = new QaTracker(layout.Paragraphs.Any(p => StructurePatterns.QuestionLabel().IsMatch(p.Text)));
    }

    public static void Build(PublishDocument document, SourceLayout layout)
    {
        var builder = new StructureBuilder(document, layout);
        foreach (var paragraph in layout.Paragraphs)
        {
            builder.Add(paragraph);
        }

        foreach (var footnote in layout.Footnotes)
        {
            builder.Emit(footnote, BlockKind.Footnote).Number = footnote.Label;
        }

        document.Warnings.AddRange(layout.Warnings);
        foreach (var (key, value) in layout.Metadata)
        {
            document.Metadata[key] = value;
        }

        document.Title = document.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Title)?.Text
            ?? (document.Blocks is [{ Kind: BlockKind.Heading, Party: null } opening, ..] ? opening.Text : null);
        document.Kind = DocumentKindClassifier.Classify(document);
    }

    private void Add(SourceParagraph p)
    {
        bool afterLabel = _qa.AfterLabel;
        if (_qa.TryLabel(p.Text))
        {
            return;
        }

        switch (p.Hint)
        {
            case ParagraphHint.Title:
                Emit(p, BlockKind.Title);
                return;
            case ParagraphHint.Heading:
                AddHeading(p, p.Level ?? 2);
                return;
            case ParagraphHint.TableRow:
                Emit(p, BlockKind.TableRow).Cells = p.Cells;
                return;
            case ParagraphHint.ListItem when !_qa.InQa:
                Emit(p, BlockKind.ListItem).Number = p.Label;
                return;
        }

        if (!TryLetterPart(p))
        {
            AddByShape(p, afterLabel);
        }
    }

    /// <summary>Salutation, closing and the signature lines after it; placeholders such as "[Afzender]".</summary>
    private bool TryLetterPart(SourceParagraph p)
    {
        var text = p.Text;
        if (StructurePatterns.Salutation().IsMatch(text))
        {
            Emit(p, BlockKind.Salutation);
            return true;
        }

        if (StructurePatterns.Closing().IsMatch(text))
        {
            Emit(p, BlockKind.Closing);
            _inSignature = true;
            return true;
        }

        bool placeholder = StructurePatterns.Placeholder().IsMatch(text);
        if (_inSignature && (placeholder || StructurePatterns.SignatureName().IsMatch(text)))
        {
            Emit(p, BlockKind.Signature);
            return true;
        }

        _inSignature = false;
        if (placeholder)
        {
            Emit(p, BlockKind.Other);
        }

        return placeholder;
    }

    /// <param name="afterLabel">The paragraph follows a question or answer label: it is their content ("Ja"), never a heading.</param>
    private void AddByShape(SourceParagraph p, bool afterLabel)
    {
        var writtenQuestions = StructurePatterns.WrittenQuestionsTitle().Match(p.Text);
        if (writtenQuestions.Success)
        {
            Emit(p, BlockKind.Title);
            _qa.SetParty(writtenQuestions.Groups["p"].Value);
            return;
        }

        if (BlockShape.IsAllCaps(p.Text))
        {
            if (_document.Blocks.Any(b => b.Kind == BlockKind.Title))
            {
                AddHeading(p, 1);
            }
            else
            {
                Emit(p, BlockKind.Title);
            }

            return;
        }

        if (p.Hint == ParagraphHint.None && !afterLabel && BlockShape.IsHeadingLike(p.Text))
        {
            AddHeading(p, 2);
            return;
        }

        if (p.Hint == ParagraphHint.ListItem && p.Label is { } bullet)
        {
            // Inside a question or answer a list item stays part of it; its bullet stays in the text.
            p.Text = bullet + " " + p.Text;
            for (int i = 0; i < p.Anchors.Count; i++)
            {
                p.Anchors[i] = p.Anchors[i] with { Offset = p.Anchors[i].Offset + bullet.Length + 1 };
            }
        }

        var kind = _qa.KindOf(p.Text);
        _qa.Describe(Emit(p, kind));
    }

    private void AddHeading(SourceParagraph p, int level)
    {
        bool part = level == 1 || BlockShape.IsPartHeading(p.Text);
        var heading = Emit(p, BlockKind.Heading);
        heading.Level = BlockShape.IsPartHeading(p.Text) ? 1 : level;
        _qa.OnHeading(heading, part);
    }

    private Block Emit(SourceParagraph p, BlockKind kind)
    {
        var block = new Block(kind, p.Text) { Id = "b" + (_document.Blocks.Count + 1).ToString(CultureInfo.InvariantCulture), Line = p.Line, Level = p.Level };
        block.FootnoteAnchors.AddRange(p.Anchors);
        _document.Blocks.Add(block);
        return block;
    }
}
