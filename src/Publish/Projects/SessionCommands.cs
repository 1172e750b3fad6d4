using System.Globalization;

namespace Publish.Projects;

/// <summary>
/// The editor's short commands, one per line, shared by the interactive editor and the scriptable loop
/// (stdin redirected). <see cref="Help"/> lists them.
/// </summary>
public static class SessionCommands
{
    public const string Help = """
        n, next             next unfinished segment
        s, skip             next segment
        b, back             previous segment
        g, goto ID|NUMBER   go to a segment by id (b12.s2) or position (12)
        a, accept N         take match N as the text (then confirm); a bare N does the same
        t, term N           append the English of term N
        p, placeable N      append the English of placeable N
        e, set TEXT         the text is TEXT
        c, confirm [TEXT]   confirm (TEXT first, when given): saved, written to the memory; go to the next unfinished
        /TEXT, search TEXT  find segments whose Dutch or English contains TEXT; go to the first after this one
        h, help             this list
        q, quit             leave (confirmed segments are already saved)
        """;

    /// <summary>Runs one command line against <paramref name="session"/>. Returns null for quit.</summary>
    public static SessionReply? Execute(TranslationSession session, string line)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (trimmed.StartsWith('/'))
        {
            return Search(session, trimmed[1..].Trim());
        }

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var verb = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        try
        {
            return verb switch
            {
                "q" or "quit" or "exit" => null,
                "" => new SessionReply(""),
                "h" or "help" or "?" => new SessionReply(Help),
                "n" or "next" => session.NextUnfinished() ? Moved(session) : new SessionReply("every segment is confirmed"),
                "s" or "skip" => Move(session, session.Position + 1),
                "b" or "back" => Move(session, session.Position - 1),
                "g" or "goto" => GoTo(session, argument),
                "a" or "accept" => Accepted(session, Number(argument)),
                _ when argument.Length == 0 && verb.All(char.IsAsciiDigit) => Accepted(session, Number(verb)),
                "t" or "term" => new SessionReply($"inserted \"{session.InsertTerm(Number(argument))}\""),
                "p" or "placeable" => new SessionReply($"inserted \"{session.InsertPlaceable(Number(argument))}\""),
                "e" or "set" or "edit" => Set(session, argument),
                "c" or "confirm" => Confirm(session, argument),
                "search" => Search(session, argument),
                _ => new SessionReply($"unknown command '{verb}'; h lists the commands", IsError: true),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            return new SessionReply(e.Message.Split(" (Parameter", 2)[0], IsError: true);
        }
        catch (FormatException)
        {
            return new SessionReply($"'{verb}' needs a number, e.g. '{verb} 1'", IsError: true);
        }
    }

    private static SessionReply Moved(TranslationSession session) => new($"segment {session.Current.Segment.Id} ({session.Position + 1}/{session.Count})");

    private static SessionReply Move(TranslationSession session, int position)
    {
        if (position < 0 || position >= session.Count)
        {
            return new SessionReply(position < 0 ? "this is the first segment" : "this is the last segment", IsError: true);
        }

        session.GoTo(position);
        return Moved(session);
    }

    private static SessionReply GoTo(TranslationSession session, string argument)
    {
        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Move(session, number - 1);
        }

        return session.GoTo(argument) ? Moved(session) : new SessionReply($"no segment '{argument}'", IsError: true);
    }

    private static SessionReply Accepted(TranslationSession session, int number)
    {
        var match = session.AcceptMatch(number);
        return new SessionReply($"match {number} ({match.Score}%, {match.Kind.ToString().ToLowerInvariant()}) taken; c confirms it");
    }

    private static SessionReply Set(TranslationSession session, string text)
    {
        if (text.Length == 0)
        {
            return new SessionReply("set needs the English text", IsError: true);
        }

        session.SetText(text);
        return new SessionReply("text set; c confirms it");
    }

    private static SessionReply Confirm(TranslationSession session, string text)
    {
        if (text.Length > 0)
        {
            session.SetText(text);
        }

        var id = session.Current.Segment.Id;
        if (session.Confirm() is null)
        {
            return new SessionReply("nothing to confirm: take a match (a N), insert a term (t N) or type the English (e TEXT)", IsError: true);
        }

        var left = session.Unfinished;
        if (!session.NextUnfinished())
        {
            return new SessionReply($"{id} confirmed; every segment is confirmed");
        }

        return new SessionReply($"{id} confirmed; {left} to go, now {session.Current.Segment.Id}");
    }

    private static SessionReply Search(TranslationSession session, string text)
    {
        if (text.Length == 0)
        {
            return new SessionReply("search needs a text", IsError: true);
        }

        var hits = session.Search(text);
        if (hits.Count == 0)
        {
            return new SessionReply($"no segment contains \"{text}\"", IsError: true);
        }

        var target = hits.FirstOrDefault(h => h.Position - 1 > session.Position) ?? hits[0];
        session.GoTo(target.Position - 1);
        return new SessionReply($"{hits.Count} segment(s) contain \"{text}\"; now {target.SegmentId}", Hits: hits);
    }

    private static int Number(string argument) => int.Parse(argument, NumberStyles.None, CultureInfo.InvariantCulture);
}
