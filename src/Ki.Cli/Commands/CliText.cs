using System.Globalization;
using Ki.Domain;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Cli.Output;
using NodaTime;
using NodaTime.Text;

namespace Ki.Cli.Commands;

/// <summary>Parsing and naming shared by the programme verbs: dates, amounts, applicant kinds, rounding modes.</summary>
internal static class CliText
{
    /// <summary>Parses an ISO date such as 2016-06-01.</summary>
    public static LocalDate ParseDate(string text, string option)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new CliUsageException($"{option} '{text}' is not a date like 2016-06-01.");
    }

    /// <summary>Formats a date as ISO.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// Parses an amount in the notation of the call's language (<c>--lang</c>): German <c>131.000,00</c> or
    /// <c>131000,00</c>, English <c>131,000.00</c> or <c>131000.00</c>. The script form with a decimal point
    /// (<c>12000.50</c>) is read in German too when it cannot be a German thousands group.
    /// </summary>
    /// <remarks>More than two decimals is an error even when they are zeros: in English <c>131.000</c> is never 131
    /// euros; the message says what was read and suggests 131000. Nothing is guessed: a text that reads differently in
    /// the two notations is read in the call's language only.</remarks>
    public static Euro ParseEuro(string text, string option)
    {
        Lang lang = Session.Lang;
        Euro amount;
        if (lang.IsGerman)
        {
            if (!Euro.TryParse(text, Lang.GermanNumbers, out amount) && !(IsScriptForm(text) && Euro.TryParse(text, CultureInfo.InvariantCulture, out amount)))
            {
                throw new CliUsageException(EnglishRefusal(text, option), GermanRefusal(text, option));
            }
        }
        else
        {
            try
            {
                amount = Euro.Parse(text, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                string english = ThousandsMeant(text) is { } meant
                    ? $"{option} {e.Message} Amounts are written like 12000 or 12000.50."
                    : Euro.TryParse(text, Lang.GermanNumbers, out Euro german)
                        ? $"{option} {e.Message} In English notation write {Lang.English.Number(german)}, or give --lang de for German notation such as {Lang.German.Number(german)}."
                        : $"{option} {e.Message} Amounts are written like 12000 or 12000.50.";
                throw new CliUsageException(english, GermanRefusal(text, option));
            }
        }

        return amount.IsNegative
            ? throw new CliUsageException($"{option} '{text}' must not be negative.", $"{option} '{text}' darf nicht negativ sein.")
            : amount;
    }

    /// <summary>Whether a text is the invariant script form with a decimal point that a German reader cannot take for a
    /// thousands group: digits, one point, one or two digits (<c>12000.50</c>, <c>0.5</c>), an optional sign.</summary>
    private static bool IsScriptForm(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            s = s[1..];
        }

        int point = s.IndexOf('.');
        return point > 0 && s.Length - point - 1 is 1 or 2 && s[..point].ContainsAnyExceptInRange('0', '9') is false
            && s[(point + 1)..].ContainsAnyExceptInRange('0', '9') is false;
    }

    /// <summary>The English refusal of a text that is no amount in German notation.</summary>
    private static string EnglishRefusal(string text, string option) =>
        ThousandsMeant(text) is null && Euro.TryParse(text, CultureInfo.InvariantCulture, out Euro english)
            ? $"{option} '{text}' is not an amount in German notation (--lang de); for {Lang.English.Number(english)} EUR write {Lang.German.Number(english)} or {english.ToString(CultureInfo.InvariantCulture)}."
            : $"{option} '{text}' is not an amount in German notation (--lang de), such as 131.000,00 or 131000,00 or 12000.50 (at most two decimals).";

    /// <summary>The German refusal: what a German reader should write instead.</summary>
    private static string GermanRefusal(string text, string option)
    {
        int comma = text.LastIndexOf(',');
        ReadOnlySpan<char> decimals = comma < 0 ? default : text.AsSpan(comma + 1).TrimEnd();
        if (decimals.Length > 2 && !decimals.ContainsAnyExceptInRange('0', '9'))
        {
            return $"{option} '{text}' hat {decimals.Length} Nachkommastellen, ein Betrag in Euro hat höchstens zwei (Cent).";
        }

        if (ThousandsMeant(text) is null && Euro.TryParse(text, CultureInfo.InvariantCulture, out Euro english) && !english.IsNegative)
        {
            return $"{option} '{text}' ist kein Betrag in deutscher Schreibweise; für {Lang.German.Money(english)} schreiben Sie {Lang.German.Number(english)}.";
        }

        return $"{option} '{text}' ist kein Betrag in Euro wie 131.000,00, 131000,00 oder 12000.50 (höchstens zwei Nachkommastellen).";
    }

    /// <summary>The whole number a German reader meant by <c>131.000</c> or <c>131,000</c> (thousands), or null.</summary>
    private static string? ThousandsMeant(string text)
    {
        int separator = text.LastIndexOfAny(['.', ',']);
        return separator > 0 && text.Length - separator == 4 && text[..separator].All(char.IsAsciiDigit) && text[(separator + 1)..].All(char.IsAsciiDigit)
            && text[0] != '0'
            ? string.Concat(text.AsSpan(0, separator), text.AsSpan(separator + 1))
            : null;
    }

    /// <summary>Parses a non-negative unit count such as 6 or 2.5.</summary>
    public static decimal ParseCount(string text, string option) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal count)
            ? count
            : throw new CliUsageException($"{option} '{text}' is not a unit count like 6 or 2.5.");

    /// <summary>Parses an applicant kind by its code (kebab case, as in JSON files).</summary>
    public static ApplicantKind ParseKind(string text) => Parse<ApplicantKind>(text, "--kind");

    /// <summary>The code of an applicant kind.</summary>
    public static string Name(ApplicantKind kind) => EnumCodes.ToCode(kind);

    /// <summary>Parses a rounding mode by its code (kebab case).</summary>
    public static RoundingMode ParseRounding(string text) => Parse<RoundingMode>(text, "--rounding");

    /// <summary>The code of a financing type.</summary>
    public static string Name(FinancingType type) => EnumCodes.ToCode(type);

    /// <summary>Parses an enum code given on the command line; any casing is accepted.</summary>
    private static TEnum Parse<TEnum>(string text, string option)
        where TEnum : struct, Enum =>
        EnumCodes.TryFromCode(text.ToLowerInvariant(), out TEnum value)
            ? value
            : throw new CliUsageException($"{option} '{text}' is not one of {string.Join(", ", EnumCodes.All<TEnum>())}.");

    /// <summary>Formats a decimal in invariant form without trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
