using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// KI-Kommune: the applicant is a Kreis or kreisfreie Stadt that runs a Kommunales Integrationszentrum
/// (<see cref="FundingLineVersion.RequiresIntegrationCentre"/>).
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-INTEGRATION-CENTRE</c>. Needs the fact <c>applicant.runsIntegrationCentre</c>, stated or, for a
/// territorial applicant with its official key, taken from the gazetteer's KI places; without either the answer is
/// unknown. Immutable; safe to share across threads.
/// </remarks>
public sealed class IntegrationCentreCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("integration-centre", EligibilityCodes.IntegrationCentre, new("Träger eines Kommunalen Integrationszentrums", "Runs a Kommunales Integrationszentrum"), LegalReferences.IntegrationCentre);

    /// <summary>Creates the criterion.</summary>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentException"><paramref name="legalReference"/> is blank.</exception>
    public IntegrationCentreCriterion(string? legalReference = null)
        : base(legalReference, Kind)
    {
    }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) => JudgeByTest(in context, Column);

    // The fact the criterion's tests read.
    private const FactColumn Column = FactColumn.RunsIntegrationCentre;

    /// <inheritdoc />
    internal override FactTest MakeTest(FundingLineVersion version, FiscalYear year) => Test;

    private static readonly FactTest Test = FactTest.Between(Column, 1, 1);

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result) => (
        result.IsPass ? new LocalizedText("betreibt ein KI", "runs a KI") : new LocalizedText("betreibt kein KI", "runs no KI"),
        new LocalizedText("KI-Kommune (Kreis oder kreisfreie Stadt mit KI)", "a KI-Kommune (Kreis or kreisfreie Stadt with a KI)"));
}
