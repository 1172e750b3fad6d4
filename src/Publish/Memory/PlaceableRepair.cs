using Publish.Segmentation.Placeables;

namespace Publish.Memory;

/// <summary>
/// Patches a stored target when the query differs from the stored source only in placeables: for each
/// placeable pair (in order) whose text differs, the old placeable's English rendering in the target is
/// replaced by the new one's ("4 March 2022" → "12 May 2023"); where the target does not contain the
/// rendering, the old literal text is replaced by the new literal. If any placeable cannot be found the
/// match is not repaired.
/// </summary>
internal static class PlaceableRepair
{
    private static readonly PlaceableRecognizer Recognizer = new();

    public static bool TryRepair(string storedSource, string storedTarget, string query, out string repairedTarget, out int changedPlaceables)
    {
        repairedTarget = storedTarget;
        changedPlaceables = 0;
        var stored = MatchTokenizer.Tokenize(storedSource);
        var wanted = MatchTokenizer.Tokenize(query);
        if (FuzzyScore.Distance(stored, wanted) != 0)
        {
            return false;
        }

        var oldPlaceables = Recognizer.Recognize(storedSource);
        var newPlaceables = Recognizer.Recognize(query);
        var target = storedTarget;
        var searchFrom = 0;
        for (var i = 0; i < oldPlaceables.Count; i++)
        {
            var (before, after) = (oldPlaceables[i], newPlaceables[i]);
            if (string.Equals(before.Text, after.Text, StringComparison.Ordinal))
            {
                continue;
            }

            if (!TryReplace(ref target, ref searchFrom, before.Target ?? before.Text, after.Target ?? after.Text)
                && !TryReplace(ref target, ref searchFrom, before.Text, after.Text))
            {
                return false;
            }

            changedPlaceables++;
        }

        repairedTarget = target;
        return changedPlaceables > 0;
    }

    private static bool TryReplace(ref string target, ref int searchFrom, string old, string replacement)
    {
        var at = target.IndexOf(old, searchFrom, StringComparison.Ordinal);
        if (at < 0)
        {
            at = target.IndexOf(old, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return false;
        }

        target = string.Concat(target.AsSpan(0, at), replacement, target.AsSpan(at + old.Length));
        searchFrom = at + replacement.Length;
        return true;
    }
}
