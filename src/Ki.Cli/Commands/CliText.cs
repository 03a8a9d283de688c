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
    public static Euro ParseEuro(string text, string option)
    {
        if (!Euro.TryParse(text, CultureInfo.InvariantCulture, out Euro amount))
        {
            throw new CliUsageException(
                $"{option} '{text}' is not an amount in euros like 12000 or 12000.50.",
                $"{option} '{text}' ist kein Betrag in Euro wie 12000 oder 12000.50.");
        }

        return amount.IsNegative
            ? throw new CliUsageException($"{option} '{text}' must not be negative.", $"{option} '{text}' darf nicht negativ sein.")
            : amount;
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
