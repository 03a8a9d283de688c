using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>Fördergebiet: the applicant's seat lies in one of the given districts (Kreise) or government regions.</summary>
/// <remarks>
/// Code <c>KI-ELIG-SEAT</c>. Needs the fact <c>applicant.seat</c> (the AGS of the seat municipality); without it the
/// answer is unknown. The seat passes when its district is one of <see cref="Districts"/> or its region one of
/// <see cref="Regions"/>. Immutable; safe to share across threads.
/// </remarks>
public sealed class SeatCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("seat", EligibilityCodes.Seat, new("Sitz im Fördergebiet", "Seat in the funding area"), LegalReferences.Seat);

    /// <summary>Creates the criterion.</summary>
    /// <param name="districts">The districts (Kreisschlüssel) whose municipalities pass.</param>
    /// <param name="regions">The government regions whose municipalities pass.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="districts"/> or <paramref name="regions"/> is null.</exception>
    /// <exception cref="ArgumentException">Both lists are empty, or <paramref name="legalReference"/> is blank.</exception>
    public SeatCriterion(IEnumerable<DistrictKey> districts, IEnumerable<RegionKey> regions, string? legalReference = null)
        : base(legalReference, Kind)
    {
        Districts = [.. Preconditions.CheckNotNull(districts).Distinct().Order()];
        Regions = [.. Preconditions.CheckNotNull(regions).Distinct().Order()];
        _test = SeatTest(Districts, Regions);
        Preconditions.CheckArgument(!Districts.IsEmpty || !Regions.IsEmpty, nameof(districts), "A seat criterion needs at least one district or region.", "Ein Kriterium 'seat' braucht mindestens einen Kreis oder Regierungsbezirk.");
    }

    /// <summary>The districts whose municipalities pass, in order.</summary>
    public ImmutableArray<DistrictKey> Districts { get; }

    /// <summary>The government regions whose municipalities pass, in order.</summary>
    public ImmutableArray<RegionKey> Regions { get; }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) => JudgeByTest(in context, Column);

    // The fact the criterion's tests read.
    private const FactColumn Column = FactColumn.Seat;

    /// <inheritdoc />
    internal override FactTest MakeTest(FundingLineVersion version, FiscalYear year) => _test;

    private readonly FactTest _test;

    // The municipality keys of a district are its five digits followed by three more; of a region, its three by five.
    private static FactTest SeatTest(ImmutableArray<DistrictKey> districts, ImmutableArray<RegionKey> regions) => FactTest.InAnyRange(
        Column,
        [.. districts.Select(d => d.Value * 1_000L), .. regions.Select(r => r.Value * 100_000L)],
        [.. districts.Select(d => (d.Value * 1_000L) + 999), .. regions.Select(r => (r.Value * 100_000L) + 99_999)]);

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        LocalizedText required = _required ??= RequiredText();
        if (result.Application.Applicant.Seat is not { } seat)
        {
            return (new LocalizedText("kein Sitz angegeben", "no seat given"), required);
        }

        return (new LocalizedText(SeatText(seat, "Gemeinde ", " (Kreis ", ", Regierungsbezirk "), SeatText(seat, "municipality ", " (district ", ", region ")), required);
    }

    /// <summary>
    /// <c>Gemeinde 05974040 (Kreis 05974, Regierungsbezirk 059)</c>, written in one piece: the district's and the
    /// region's codes are the first five and three digits of the municipality's.
    /// </summary>
    private static string SeatText(MunicipalityKey seat, string municipality, string district, string region) =>
        string.Create(municipality.Length + 8 + district.Length + 5 + region.Length + 3 + 1, (seat.Value, municipality, district, region), static (span, t) =>
        {
            t.municipality.CopyTo(span);
            Span<char> code = span.Slice(t.municipality.Length, 8);
            FactTexts.WriteDigits(code, t.Value);
            Span<char> rest = span[(t.municipality.Length + 8)..];
            t.district.CopyTo(rest);
            rest = rest[t.district.Length..];
            code[..5].CopyTo(rest);
            rest = rest[5..];
            t.region.CopyTo(rest);
            rest = rest[t.region.Length..];
            code[..3].CopyTo(rest);
            rest[3] = ')';
        });

    private LocalizedText? _required;

    private LocalizedText RequiredText()
    {
        string districts = string.Join(", ", Districts.Select(d => d.Code));
        string regions = string.Join(", ", Regions.Select(r => r.Code));
        return new LocalizedText(
            string.Join("; ", new[] { districts.Length > 0 ? "Kreis " + districts : null, regions.Length > 0 ? "Regierungsbezirk " + regions : null }.OfType<string>()),
            string.Join("; ", new[] { districts.Length > 0 ? "district " + districts : null, regions.Length > 0 ? "region " + regions : null }.OfType<string>()));
    }
}
