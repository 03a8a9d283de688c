using System.Globalization;
using FluentValidation;
using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// Checks one catalogue entry (a funding line version): every figure has a source, the rate lies in (0, 1], the
/// minimum grant does not exceed the cap, periods are ordered, unit amounts are positive.
/// </summary>
/// <remarks>
/// Messages are in German or English as chosen by the culture passed to the constructor (any <c>de</c> culture gives
/// German, every other English); the machine's culture is never used. Each failure carries a stable
/// <c>KI-CAT-...</c> error code. Safe to share across threads once built.
/// </remarks>
public sealed class FundingLineVersionValidator : AbstractValidator<FundingLineVersion>
{
    /// <summary>Creates the validator with messages in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture whose language the messages use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public FundingLineVersionValidator(CultureInfo culture)
        : this(german: TextFormats.IsGerman(Preconditions.CheckNotNull(culture)))
    {
    }

    /// <summary>Creates the validator with German or English messages, needing no culture data.</summary>
    internal FundingLineVersionValidator(bool german)
    {
        string T(string germanText, string englishText) => german ? germanText : englishText;

        RuleForEach(v => v.Figures()).Must(f => !f.Source.IsDefault)
            .OverridePropertyName("Figures")
            .WithErrorCode(CatalogueMessages.Source)
            .WithMessage((_, f) => T($"Die Angabe '{f.Name}' hat keine Quelle.", $"The figure '{f.Name}' has no source."));

        RuleFor(v => v.Financing.Value).Must(Enum.IsDefined)
            .WithErrorCode(CatalogueMessages.Financing)
            .WithMessage(T("Die Finanzierungsart ist nicht definiert.", "The financing type is not defined."));

        RuleFor(v => v.Rate).NotNull().When(v => v.Financing.Value == FinancingType.Share)
            .WithErrorCode(CatalogueMessages.Rate)
            .WithMessage(T("Eine Anteilfinanzierung braucht einen Fördersatz.", "Share financing needs a rate."));

        RuleFor(v => v.Rate!.Value.Value).Must(r => r > 0m && r <= 1m).When(v => v.Rate is not null)
            .WithErrorCode(CatalogueMessages.Rate)
            .WithMessage((_, r) => T($"Der Fördersatz {r.ToString(CultureInfo.InvariantCulture)} liegt nicht in (0, 1].", $"The rate {r.ToString(CultureInfo.InvariantCulture)} is not in (0, 1]."));

        RuleFor(v => v.Cap!.Value.Value).Must(c => c.IsPositive).When(v => v.Cap is not null)
            .WithErrorCode(CatalogueMessages.Cap)
            .WithMessage((_, c) => T($"Der Höchstbetrag {c} muss positiv sein.", $"The cap {c} must be positive."));

        RuleFor(v => v.MinimumGrant!.Value.Value).Must(m => !m.IsNegative).When(v => v.MinimumGrant is not null)
            .WithErrorCode(CatalogueMessages.Minimum)
            .WithMessage((_, m) => T($"Die Bagatellgrenze {m} darf nicht negativ sein.", $"The minimum grant {m} must not be negative."));

        RuleFor(v => v).Must(v => v.MinimumGrant!.Value.Value <= v.Cap!.Value.Value).When(v => v.MinimumGrant is not null && v.Cap is not null)
            .OverridePropertyName(nameof(FundingLineVersion.MinimumGrant))
            .WithErrorCode(CatalogueMessages.Minimum)
            .WithMessage(v => T($"Die Bagatellgrenze {v.MinimumGrant!.Value.Value} übersteigt den Höchstbetrag {v.Cap!.Value.Value}.",
                $"The minimum grant {v.MinimumGrant!.Value.Value} exceeds the cap {v.Cap!.Value.Value}."));

        RuleFor(v => v.Budget!.Value.Value).Must(b => !b.IsNegative).When(v => v.Budget is not null)
            .WithErrorCode(CatalogueMessages.Budget)
            .WithMessage((_, b) => T($"Das Budget {b} darf nicht negativ sein.", $"The budget {b} must not be negative."));

        RuleForEach(v => v.UnitAmounts).Must(u => u.Amount.Value.IsPositive)
            .WithErrorCode(CatalogueMessages.Unit)
            .WithMessage((_, u) => T($"Der Betrag je Einheit '{u.Id}' muss positiv sein.", $"The amount per unit '{u.Id}' must be positive."));

        RuleForEach(v => v.UnitAmounts).Must(u => (u.MaxUnits is null || u.MaxUnits.Value.Value > 0m) && u.MaxUnitsByKind.Values.All(m => m.Value > 0m))
            .WithErrorCode(CatalogueMessages.Unit)
            .WithMessage((_, u) => T($"Die Höchstzahl der Einheit '{u.Id}' muss positiv sein.", $"The most units of '{u.Id}' must be positive."));

        RuleFor(v => v.UnitAmounts).Must(units => units.Select(u => u.Id).Distinct(StringComparer.Ordinal).Count() == units.Length)
            .WithErrorCode(CatalogueMessages.Unit)
            .WithMessage(T("Zwei Einheiten haben dieselbe Kennung.", "Two units share an identifier."));

        RuleFor(v => v.ApprovalPeriod!.Value).Must(p => p.IsOrdered).When(v => v.ApprovalPeriod is not null)
            .WithErrorCode(CatalogueMessages.Period)
            .WithMessage((_, p) => T($"Der Bewilligungszeitraum {p} endet vor seinem Beginn.", $"The approval period {p} ends before it starts."));

        RuleFor(v => v.DeliveryPeriod!.Value).Must(p => p.IsOrdered).When(v => v.DeliveryPeriod is not null)
            .WithErrorCode(CatalogueMessages.Period)
            .WithMessage((_, p) => T($"Der Durchführungszeitraum {p} endet vor seinem Beginn.", $"The delivery period {p} ends before it starts."));

        RuleFor(v => v).Must(v => DeliveryInsideApproval(v.ApprovalPeriod!.Value, v.DeliveryPeriod!.Value))
            .When(v => v.ApprovalPeriod is { IsOrdered: true } && v.DeliveryPeriod is { IsOrdered: true })
            .OverridePropertyName(nameof(FundingLineVersion.DeliveryPeriod))
            .WithErrorCode(CatalogueMessages.Period)
            .WithMessage(v => T($"Der Durchführungszeitraum {v.DeliveryPeriod} liegt nicht im Bewilligungszeitraum {v.ApprovalPeriod}.",
                $"The delivery period {v.DeliveryPeriod} is not inside the approval period {v.ApprovalPeriod}."));

        RuleFor(v => v).Must(v => v.UnitAmounts.Any(u => u.Role == UnitAmountRole.GrantPerUnit) || v.FixedAmount is not null || v.DistributionKey is not null)
            .When(v => v.Financing.Value == FinancingType.FixedAmount)
            .OverridePropertyName(nameof(FundingLineVersion.Financing))
            .WithErrorCode(CatalogueMessages.Fixed)
            .WithMessage(T("Eine Festbetragsfinanzierung braucht einen Festbetrag, Beträge je Einheit oder einen Verteilschlüssel.",
                "Fixed-amount financing needs a fixed amount, amounts per unit or a distribution key."));

        RuleFor(v => v.ApprovalAuthority!.Value.Value).Must(k => k.IsNrw).When(v => v.ApprovalAuthority is not null)
            .WithErrorCode(CatalogueMessages.Authority)
            .WithMessage((_, k) => T($"Die Bewilligungsbehörde {k} ist keine Bezirksregierung in NRW.", $"The approval authority {k} is not a Bezirksregierung in NRW."));
    }

    private static bool DeliveryInsideApproval(AnnualPeriod approval, AnnualPeriod delivery) =>
        approval.Start.CompareTo(delivery.Start) <= 0 && delivery.End.CompareTo(approval.End) <= 0;
}
