using System.Text;

namespace Ki.Domain.Places;

/// <summary>
/// Forgiving name matching for places: case, umlauts and other diacritics, punctuation and the official suffixes
/// (<c>, Stadt</c>, <c>, Hansestadt</c>, bracketed additions such as <c>(Westf.)</c>) do not matter.
/// </summary>
/// <remarks>
/// A name is folded twice, with <c>ü</c> read as <c>u</c> and as <c>ue</c> (likewise ä, ö), so that <c>ruthen</c>,
/// <c>Ruethen</c> and <c>Rüthen</c> all meet <c>Rüthen, Stadt</c>. Works without ICU (invariant globalization).
/// </remarks>
internal static class PlaceNames
{
    /// <summary>The name before the first comma: <c>Rüthen, Stadt</c> gives <c>Rüthen</c>.</summary>
    public static string ShortName(string name)
    {
        int comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? name : name[..comma].TrimEnd();
    }

    /// <summary>The folded forms a place's name is found by: full name, short name, short name without brackets.</summary>
    public static IEnumerable<string> IndexKeys(string name, bool isKreis)
    {
        string shortName = ShortName(name);
        int bracket = shortName.IndexOf('(', StringComparison.Ordinal);
        string[] forms = bracket > 0
            ? [name, shortName, shortName[..bracket]]
            : [name, shortName];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (string form in forms)
        {
            keys.Add(Fold(form, umlautAsE: false));
            keys.Add(Fold(form, umlautAsE: true));
            if (isKreis)
            {
                keys.Add(Fold("Kreis " + form, umlautAsE: false));
                keys.Add(Fold("Kreis " + form, umlautAsE: true));
            }
        }

        keys.Remove(string.Empty);
        return keys;
    }

    /// <summary>The folded forms of a query: each is looked up among the index keys.</summary>
    public static IEnumerable<string> QueryKeys(string query)
    {
        string a = Fold(query, umlautAsE: false);
        string b = Fold(query, umlautAsE: true);
        return a == b ? [a] : [a, b];
    }

    /// <summary>
    /// Lower-cases, replaces umlauts (by the base letter or by letter + e), ß by ss and other Latin diacritics by
    /// the base letter, turns every run of other non-letters and non-digits into one space, and trims.
    /// </summary>
    public static string Fold(string text, bool umlautAsE)
    {
        var sb = new StringBuilder(text.Length + 4);
        bool space = false;
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            string? replacement = c switch
            {
                'ä' => umlautAsE ? "ae" : "a",
                'ö' => umlautAsE ? "oe" : "o",
                'ü' => umlautAsE ? "ue" : "u",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'à' or 'á' or 'â' or 'ã' or 'å' or 'ā' or 'ă' or 'ą' => "a",
                'ç' or 'ć' or 'č' => "c",
                'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => "e",
                'ì' or 'í' or 'î' or 'ï' or 'ī' => "i",
                'ñ' or 'ń' or 'ň' => "n",
                'ò' or 'ó' or 'ô' or 'õ' or 'ø' or 'ō' or 'ő' => "o",
                'ù' or 'ú' or 'û' or 'ū' or 'ů' or 'ű' => "u",
                'ý' or 'ÿ' => "y",
                'ś' or 'š' => "s",
                'ź' or 'ż' or 'ž' => "z",
                'ł' => "l",
                'ř' => "r",
                _ => null,
            };
            if (replacement is not null)
            {
                AppendSpace();
                sb.Append(replacement);
            }
            else if (char.IsLetterOrDigit(c))
            {
                AppendSpace();
                sb.Append(c);
            }
            else
            {
                space = sb.Length > 0;
            }
        }

        return sb.ToString();

        void AppendSpace()
        {
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
        }
    }
}
