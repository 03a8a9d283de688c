using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// Which version of a funding line is in force on a date: the version, or an explicit "not in force" answer with a
/// stable code and a message in German and English.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class VersionLookup
{
    internal VersionLookup(string lineId, LocalDate date, ImmutableArray<FundingLineVersion> covering)
    {
        LineId = lineId;
        Date = date;
        Candidates = covering;
        string day = date.ToString("dd'.'MM'.'uuuu", CultureInfo.InvariantCulture);
        string iso = date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
        (Status, Code, Message) = covering.Length switch
        {
            1 => (VersionLookupStatus.InForce, GrantCodes.InForce,
                new LocalizedText($"Förderlinie {lineId} ist am {day} in Kraft.", $"Funding line {lineId} is in force on {iso}.")),
            0 => (VersionLookupStatus.NotInForce, GrantCodes.NotInForce,
                new LocalizedText($"Förderlinie {lineId} ist am {day} nicht in Kraft.", $"Funding line {lineId} is not in force on {iso}.")),
            _ => (VersionLookupStatus.Ambiguous, GrantCodes.AmbiguousVersion,
                new LocalizedText($"Für Förderlinie {lineId} gelten am {day} {covering.Length} Fassungen zugleich.",
                    $"Funding line {lineId} has {covering.Length} versions in force on {iso}.")),
        };
    }

    /// <summary>The funding line's identifier.</summary>
    public string LineId { get; }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether one version is in force, none, or several.</summary>
    public VersionLookupStatus Status { get; }

    /// <summary>Whether exactly one version is in force.</summary>
    public bool IsInForce => Status == VersionLookupStatus.InForce;

    /// <summary>The version in force, or <see langword="null"/> unless <see cref="IsInForce"/>.</summary>
    public FundingLineVersion? Version => Status == VersionLookupStatus.InForce ? Candidates[0] : null;

    /// <summary>Every version that covers the date (several when <see cref="VersionLookupStatus.Ambiguous"/>).</summary>
    public ImmutableArray<FundingLineVersion> Candidates { get; }

    /// <summary>The stable code: <see cref="GrantCodes.InForce"/>, <see cref="GrantCodes.NotInForce"/> or <see cref="GrantCodes.AmbiguousVersion"/>.</summary>
    public string Code { get; }

    /// <summary>The answer in German and English.</summary>
    public LocalizedText Message { get; }
}
