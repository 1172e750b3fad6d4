using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Ingest.Structure;

/// <summary>
/// Follows the questions and answers of a written consultation or an Aanhangsel: which group is speaking,
/// which answer number is running, and which question each answer answers. Consultations number only the
/// answers ("12. Antwoord van het kabinet"), so a group's paragraph ends the answer before it; Aanhangsel
/// questions carry labels ("Vraag 3"), and answers are linked by number.
/// </summary>
internal sealed class QaTracker(bool labelledQuestions)
{
    private readonly Dictionary<string, Block> _questionsByNumber = new(StringComparer.Ordinal);
    private QaMode _mode = QaMode.Body;
    private string? _questionNumber;
    private Block? _lastQuestion;
    private string? _answerNumber;
    private string? _answerLabel;
    private int _answerCount;

    private enum QaMode
    {
        Body,
        Questions,
        Answer,
    }

    public string? Party { get; private set; }

    public bool InQa => _mode != QaMode.Body;

    /// <summary>Whether the last paragraph given to <see cref="TryLabel"/> was a question or answer label.</summary>
    public bool AfterLabel { get; private set; }

    /// <summary>Answer and question labels carry numbers and switch modes; they are not blocks themselves.</summary>
    public bool TryLabel(string text)
    {
        AfterLabel = false;
        var answer = StructurePatterns.AnswerLabel().Match(text);
        if (answer.Success)
        {
            _answerCount++;
            _mode = QaMode.Answer;
            _answerLabel = text;
            _answerNumber = new[] { answer.Groups["n"].Value, answer.Groups["m"].Value }.FirstOrDefault(v => v.Length > 0)
                ?? _questionNumber ?? _answerCount.ToString(CultureInfo.InvariantCulture);
            AfterLabel = true;
            return true;
        }

        var question = StructurePatterns.QuestionLabel().Match(text);
        if (!question.Success)
        {
            return false;
        }

        StartQuestions();
        _questionNumber = question.Groups["m"].Value;
        AfterLabel = true;
        return true;
    }

    /// <summary>A heading: a group's heading opens its questions; a part heading ends the Q&amp;A; a topic heading after an answer opens the next questions.</summary>
    public void OnHeading(Block heading, bool part)
    {
        var party = StructurePatterns.PartyHeading().Match(heading.Text);
        if (party.Success)
        {
            Party = Regex.Replace(party.Groups["p"].Value.Trim(), @"\s+", " ");
            heading.Party = Party;
            StartQuestions();
        }
        else if (part)
        {
            _mode = QaMode.Body;
            Party = null;
        }
        else if (_mode == QaMode.Answer && !labelledQuestions)
        {
            _mode = Party is null ? QaMode.Body : QaMode.Questions;
            _lastQuestion = null;
        }
    }

    /// <summary>The group of the member who asks written questions, named in their heading.</summary>
    public void SetParty(string party) => Party = party;

    /// <summary>The role of a paragraph of running text, given what came before it.</summary>
    public BlockKind KindOf(string text)
    {
        if (_mode == QaMode.Answer && !labelledQuestions && BlockShape.IsMembersVoice(text))
        {
            StartQuestions();
        }

        return _mode switch
        {
            QaMode.Questions => BlockKind.Question,
            QaMode.Answer => BlockKind.Answer,
            _ => BlockKind.Paragraph,
        };
    }

    /// <summary>Fills party, number, label and link of a question or answer block just emitted.</summary>
    public void Describe(Block block)
    {
        if (block.Kind == BlockKind.Question)
        {
            block.Party = Party;
            block.Number = labelledQuestions ? _questionNumber : null;
            _lastQuestion = block;
            if (block.Number is not null)
            {
                _questionsByNumber.TryAdd(block.Number, block);
            }
        }
        else if (block.Kind == BlockKind.Answer)
        {
            block.Number = _answerNumber;
            block.Label = _answerLabel;
            var question = _answerNumber is not null && _questionsByNumber.TryGetValue(_answerNumber, out var numbered) ? numbered : _lastQuestion;
            block.Answers = question?.Id;
        }
    }

    private void StartQuestions()
    {
        _mode = QaMode.Questions;
        _lastQuestion = null;
    }
}
