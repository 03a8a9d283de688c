using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Ki.Domain.Eligibility;

/// <summary>
/// The declaration of a named fact of an application (such as <c>refugeesHoused</c>): its name, its type, what it is
/// called in German and English, and its unit. Rule files declare the facts their criteria compare.
/// </summary>
/// <remarks>
/// <para>
/// Applications carry named facts as invariant text (<see cref="Applications.Application.Facts"/>); the declaration
/// says how to read them: <see cref="FactType.Number"/> as a decimal (<c>180</c>), <see cref="FactType.Amount"/> as
/// euros with at most two decimals (<c>1234.56</c>), <see cref="FactType.Date"/> as an ISO date (<c>2016-03-01</c>),
/// <see cref="FactType.Key"/> as written.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FactDeclaration
{
    /// <summary>Declares a fact.</summary>
    /// <param name="name">The name in application files: letters, digits, '-' and '_', starting with a letter.</param>
    /// <param name="type">How the fact is read and compared.</param>
    /// <param name="label">What the fact is called, in German and English, such as "Untergebrachte Geflüchtete".</param>
    /// <param name="unit">The unit, in German and English, such as "Personen"; <see langword="null"/> for none (amounts are in euros, dates have none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a fact name, or the label is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public FactDeclaration(string name, FactType type, LocalizedText label, LocalizedText? unit = null)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(IsName(name), nameof(name), $"'{name}' is not a fact name: letters, digits, '-' and '_', starting with a letter.", $"'{name}' ist kein Name einer Angabe: Buchstaben, Ziffern, '-' und '_', am Anfang ein Buchstabe.");
        Preconditions.CheckRange(type is >= FactType.Number and <= FactType.Key, type, "The fact type is not defined.", "Die Art der Angabe ist nicht definiert.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(label.German) && !string.IsNullOrWhiteSpace(label.English), nameof(label), "A fact needs a German and an English label.", "Eine Angabe braucht eine deutsche und eine englische Bezeichnung.");
        Name = name;
        Type = type;
        Label = label;
        Unit = unit;
    }

    /// <summary>The name in application files.</summary>
    public string Name { get; }

    /// <summary>How the fact is read and compared.</summary>
    public FactType Type { get; }

    /// <summary>What the fact is called, in German and English.</summary>
    public LocalizedText Label { get; }

    /// <summary>The unit, in German and English, if any.</summary>
    public LocalizedText? Unit { get; }

    /// <summary>The path of the fact in application files, as a missing fact is named: <c>facts.refugeesHoused</c>.</summary>
    public string Path => "facts." + Name;

    /// <summary>Returns the name and the type.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Type})";

    /// <summary>Whether a text is a fact name.</summary>
    internal static bool IsName(string name) =>
        name.Length is > 0 and <= 64 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Reads a value of this fact into an order-preserving number (dates as yyyymmdd); false for keys or text that does not read.</summary>
    internal bool TryRead(string text, out decimal value)
    {
        value = 0m;
        switch (Type)
        {
            case FactType.Number:
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
            case FactType.Amount:
                if (Euro.TryParse(text, CultureInfo.InvariantCulture, out Euro euro))
                {
                    value = euro.Cents;
                    return true;
                }

                return false;
            case FactType.Date:
                ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
                if (date.Success)
                {
                    value = (date.Value.Year * 10000m) + (date.Value.Month * 100m) + date.Value.Day;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Whether a text is a value of this fact.</summary>
    internal bool IsValue(string text) => Type == FactType.Key ? text.Length > 0 : TryRead(text, out _);

    /// <summary>A value in German and English, with the unit.</summary>
    internal LocalizedText Format(string text)
    {
        (string de, string en) = Type switch
        {
            FactType.Number when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n) =>
                (n.ToString(TextFormats.German), n.ToString(CultureInfo.InvariantCulture)),
            FactType.Amount when Euro.TryParse(text, CultureInfo.InvariantCulture, out Euro e) => (Texts.De(e), Texts.En(e)),
            FactType.Date when LocalDatePattern.Iso.Parse(text) is { Success: true } d => (Applications.FactTexts.DateDe(d.Value), Applications.FactTexts.DateEn(d.Value)),
            _ => (text, text),
        };
        return Unit is { } unit ? new LocalizedText(de + " " + unit.German, en + " " + unit.English) : new LocalizedText(de, en);
    }
}
