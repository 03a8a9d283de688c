using System.Globalization;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;
using NodaTime.Text;

namespace Ki.Cli.Commands;

/// <summary>Parsing and naming shared by the programme verbs: dates, amounts, applicant kinds, rounding modes.</summary>
internal static class CliText
{
    private static readonly (string Name, ApplicantKind Kind)[] Kinds =
    [
        ("kreis", ApplicantKind.Kreis),
        ("kreisfreie-stadt", ApplicantKind.KreisfreieStadt),
        ("gemeinde", ApplicantKind.Gemeinde),
        ("registered-association", ApplicantKind.RegisteredAssociation),
        ("migrant-organisation", ApplicantKind.MigrantOrganisation),
        ("welfare-association", ApplicantKind.WelfareAssociation),
        ("religious-community", ApplicantKind.ReligiousCommunity),
        ("school", ApplicantKind.School),
        ("day-care-centre", ApplicantKind.DayCareCentre),
        ("volunteer-initiative", ApplicantKind.VolunteerInitiative),
    ];

    private static readonly (string Name, RoundingMode Mode)[] Roundings =
    [
        ("commercial", RoundingMode.Commercial),
        ("half-to-even", RoundingMode.HalfToEven),
        ("toward-zero", RoundingMode.TowardZero),
        ("floor", RoundingMode.Floor),
        ("ceiling", RoundingMode.Ceiling),
    ];

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

    /// <summary>Parses an applicant kind in kebab case.</summary>
    public static ApplicantKind ParseKind(string text)
    {
        foreach ((string name, ApplicantKind kind) in Kinds)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw new CliUsageException($"--kind '{text}' is not one of {string.Join(", ", Kinds.Select(k => k.Name))}.");
    }

    /// <summary>The kebab-case name of an applicant kind.</summary>
    public static string Name(ApplicantKind kind) => Kinds.First(k => k.Kind == kind).Name;

    /// <summary>Parses a rounding mode in kebab case.</summary>
    public static RoundingMode ParseRounding(string text)
    {
        foreach ((string name, RoundingMode mode) in Roundings)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return mode;
            }
        }

        throw new CliUsageException($"--rounding '{text}' is not one of {string.Join(", ", Roundings.Select(r => r.Name))}.");
    }

    /// <summary>The kebab-case name of a financing type.</summary>
    public static string Name(FinancingType type) => type switch
    {
        FinancingType.Share => "share",
        FinancingType.Deficit => "deficit",
        FinancingType.FixedAmount => "fixed-amount",
        FinancingType.Full => "full",
        _ => ((int)type).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Formats a decimal in invariant form without trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
