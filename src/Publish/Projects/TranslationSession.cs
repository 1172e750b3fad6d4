using Publish.Documents;
using Publish.Memory;

namespace Publish.Projects;

/// <summary>
/// The segment-by-segment editor's state: the current segment, the pending text, and the operations a
/// translator uses. A confirmation is saved at once in its own transaction (a crash loses at most the text
/// being edited) and written to the memory with its context hashes. The same object drives the interactive
/// editor and the scriptable loop (<see cref="SessionCommands"/>).
/// </summary>
public sealed class TranslationSession
{
    private readonly IProjectStore store;
    private readonly ITranslationMemory memory;
    private readonly SessionOptions options;
    private readonly TranslationMemoryLookup lookup;
    private readonly PublishDocument document;
    private readonly List<(Segment Segment, Block Block)> segments;
    private readonly Dictionary<string, SegmentTranslation> translations;
    private readonly Dictionary<int, IReadOnlyList<MemoryMatch>> matchCache = [];
    private int? pendingScore;

    public TranslationSession(IProjectStore store, ITranslationMemory memory, string documentId, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.memory = memory;
        this.options = options;
        DocumentId = documentId;
        lookup = new TranslationMemoryLookup(memory);
        document = store.LoadSource(documentId);
        segments = document.Blocks.SelectMany(b => b.Segments.Select(s => (s, b))).ToList();
        translations = new Dictionary<string, SegmentTranslation>(store.Translations(documentId), StringComparer.Ordinal);
        Position = Math.Max(0, FindUnfinished(0) ?? 0);
    }

    public string DocumentId { get; }

    public int Count => segments.Count;

    /// <summary>0-based index of the current segment.</summary>
    public int Position { get; private set; }

    /// <summary>The text being edited, not saved until confirmed.</summary>
    public string? Pending { get; private set; }

    public int Unfinished => segments.Count(s => TranslationOrigins.IsUnfinished(translations.GetValueOrDefault(s.Segment.Id)));

    public SegmentView Current
    {
        get
        {
            var (segment, block) = segments[Position];
            return new SegmentView(Position + 1, Count, segment, block, TranslationOf(segment), Pending, Matches(Position));
        }
    }

    public void GoTo(int position)
    {
        Position = Math.Clamp(position, 0, Count - 1);
        Pending = null;
        pendingScore = null;
    }

    /// <summary>Goes to the segment with this id; false when there is none.</summary>
    public bool GoTo(string segmentId)
    {
        var index = segments.FindIndex(s => s.Segment.Id == segmentId);
        if (index < 0)
        {
            return false;
        }

        GoTo(index);
        return true;
    }

    /// <summary>Goes to the next unfinished segment after the current one, wrapping around; false when none is left.</summary>
    public bool NextUnfinished()
    {
        var next = FindUnfinished(Position + 1) ?? FindUnfinished(0);
        if (next is null)
        {
            return false;
        }

        GoTo(next.Value);
        return true;
    }

    /// <summary>Takes match <paramref name="number"/> (1-based) as the pending text.</summary>
    public MemoryMatch AcceptMatch(int number)
    {
        var matches = Matches(Position);
        var match = number >= 1 && number <= matches.Count ? matches[number - 1] : throw new ArgumentOutOfRangeException(nameof(number), $"there are {matches.Count} matches");
        Pending = match.Target;
        pendingScore = match.Score;
        return match;
    }

    /// <summary>Appends the English of term <paramref name="number"/> (1-based) to the pending text.</summary>
    public string InsertTerm(int number) => Append(Pick(SegmentView.DistinctTerms(segments[Position].Segment), number, "terms").Target);

    /// <summary>Appends the English rendering of placeable <paramref name="number"/> (1-based) to the pending text.</summary>
    public string InsertPlaceable(int number)
    {
        var placeable = Pick(segments[Position].Segment.Placeables, number, "placeables");
        return Append(placeable.Target ?? placeable.Text);
    }

    public void SetText(string text)
    {
        Pending = text;
        pendingScore = null;
    }

    /// <summary>
    /// Confirms the pending text (or the stored target): saved as Translated by the translator in one
    /// transaction, then written to the memory with the neighbouring sources as context.
    /// </summary>
    /// <returns>The saved translation, or null when there is no text to confirm.</returns>
    public SegmentTranslation? Confirm()
    {
        var (segment, _) = segments[Position];
        var text = (Pending ?? TranslationOf(segment).Target)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var now = DateTimeOffset.UtcNow;
        var score = Pending is null ? TranslationOf(segment).MatchScore : pendingScore;
        var saved = new SegmentTranslation(segment.Id, text, TranslationStatus.Translated, score, TranslationOrigins.Translator, options.Translator, now);
        store.SaveTranslations([new TranslationChange(DocumentId, saved)]);
        translations[segment.Id] = saved;
        var previous = Position > 0 ? segments[Position - 1].Segment.Text : null;
        var next = Position + 1 < Count ? segments[Position + 1].Segment.Text : null;
        memory.AddOrUpdate([new TranslationUnit(segment.Text, text)
        {
            SourceLanguage = options.SourceLanguage,
            TargetLanguage = options.TargetLanguage,
            DocumentId = DocumentId,
            Creator = options.Translator,
            Created = now,
            Changed = now,
            GlossaryVersion = document.Glossary?.Version,
        }.WithContext(previous, next)]);
        Pending = null;
        pendingScore = null;
        matchCache.Clear();
        return saved;
    }

    /// <summary>Segments whose Dutch or English contains <paramref name="text"/> (ignoring case), in document order.</summary>
    public IReadOnlyList<SearchHit> Search(string text) => segments
        .Select((s, i) => new SearchHit(i + 1, s.Segment.Id, s.Segment.Text, TranslationOf(s.Segment).Target))
        .Where(hit => hit.Source.Contains(text, StringComparison.OrdinalIgnoreCase) || (hit.Target?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false))
        .ToList();

    private SegmentTranslation TranslationOf(Segment segment) =>
        translations.GetValueOrDefault(segment.Id) ?? new SegmentTranslation(segment.Id, null, TranslationStatus.New);

    private int? FindUnfinished(int from)
    {
        for (var i = from; i < Count; i++)
        {
            if (TranslationOrigins.IsUnfinished(translations.GetValueOrDefault(segments[i].Segment.Id)))
            {
                return i;
            }
        }

        return null;
    }

    private IReadOnlyList<MemoryMatch> Matches(int index)
    {
        if (!matchCache.TryGetValue(index, out var matches))
        {
            var previous = index > 0 ? segments[index - 1].Segment.Text : null;
            var next = index + 1 < Count ? segments[index + 1].Segment.Text : null;
            matches = lookup.Lookup(segments[index].Segment.Text, previous, next, options.MinimumScore, options.MatchLimit);
            matchCache[index] = matches;
        }

        return matches;
    }

    private string Append(string english)
    {
        var current = Pending ?? TranslationOf(segments[Position].Segment).Target ?? "";
        Pending = current.Length == 0 || current.EndsWith(' ') ? current + english : current + " " + english;
        pendingScore = null;
        return english;
    }

    private static T Pick<T>(List<T> items, int number, string what) =>
        number >= 1 && number <= items.Count ? items[number - 1] : throw new ArgumentOutOfRangeException(nameof(number), $"there are {items.Count} {what}");
}
