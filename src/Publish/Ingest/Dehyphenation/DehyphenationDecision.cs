namespace Publish.Ingest.Dehyphenation;

/// <summary>What became of a hyphen that ended a line.</summary>
internal enum DehyphenationOutcome
{
    /// <summary>The line did not end in a hyphen after a word: the tokens are joined by a space.</summary>
    NotHyphenated,

    /// <summary>A typesetting break inside a word: hyphen and line break removed ("verde-" "diging").</summary>
    Joined,

    /// <summary>A real hyphen that happened to end the line: kept, line break removed ("NAVO-" "verdragsgebied").</summary>
    KeptHyphen,

    /// <summary>A suspended compound: hyphen and space both kept ("vracht-" "en" "verzendkosten").</summary>
    Suspended,
}

/// <summary>The text that replaces "before after", how it was decided, and why (for diagnostics and tests).</summary>
internal sealed record DehyphenationDecision(string Text, DehyphenationOutcome Outcome, string Reason);
