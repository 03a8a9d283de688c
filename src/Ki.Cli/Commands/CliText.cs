using System.Globalization;
using Ki.Domain;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
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

    /// <summary>Parses an amount in invariant form, such as 12000 or 12000.50.</summary>
    /// <remarks>More than two decimals is an error even when they are zeros: <c>131.000</c> is never 131 euros; the
    /// message says what was read and suggests 131000.</remarks>
    public static Euro ParseEuro(string text, string option)
    {
        Euro amount;
        try
        {
            amount = Euro.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            string german = ThousandsMeant(text) is { } meant
                ? $"{option} '{text}' hat drei Nachkommastellen, ein Betrag in Euro hat höchstens zwei; für {meant} Euro schreiben Sie {meant}."
                : $"{option} '{text}' ist kein Betrag in Euro wie 12000 oder 12000.50 (höchstens zwei Nachkommastellen, Punkt als Dezimalzeichen).";
            throw new CliUsageException($"{option} {e.Message} Amounts are written like 12000 or 12000.50.", german);
        }

        return amount.IsNegative
            ? throw new CliUsageException($"{option} '{text}' must not be negative.", $"{option} '{text}' darf nicht negativ sein.")
            : amount;
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
