using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Antragsweg: the application came by one of the given routes, such as via the municipal administration where the
/// funding line requires it.
/// </summary>
/// <remarks>
/// Code <c>KI-ELIG-ROUTE</c>. Needs the fact <c>route</c>; without it the answer is unknown. Immutable; safe to share
/// across threads.
/// </remarks>
public sealed class RouteCriterion : Criterion
{
    private static readonly CriterionKind Kind = new("route", EligibilityCodes.Route, new("Antragsweg", "Route of the application"), LegalReferences.Route);

    /// <summary>Creates the criterion.</summary>
    /// <param name="routes">The routes that pass.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="routes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A route is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="routes"/> is empty, or <paramref name="legalReference"/> is blank.</exception>
    public RouteCriterion(IEnumerable<ApplicationRoute> routes, string? legalReference = null)
        : base(legalReference, Kind)
    {
        ApplicationRoute[] all = [.. Preconditions.CheckNotNull(routes).Distinct().Order()];
        Preconditions.CheckArgument(all.Length > 0, nameof(routes), "A route criterion needs at least one route.", "Ein Kriterium 'route' braucht mindestens einen Antragsweg.");
        foreach (ApplicationRoute route in all)
        {
            Preconditions.CheckRange(route is >= ApplicationRoute.Direct and <= ApplicationRoute.ViaIntegrationCentre, route, "The route is not defined.", "Der Antragsweg ist nicht definiert.");
        }

        Routes = [.. all];
    }

    /// <summary>The routes that pass, in order.</summary>
    public ImmutableArray<ApplicationRoute> Routes { get; }

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context) => context.Application.Route is { } route
        ? Decided(Routes.Contains(route))
        : Missing(context, FactNames.Route);

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        LocalizedText required = _required ??= new("einer von: " + string.Join(", ", Routes.Select(FactTexts.RouteDe)), "one of: " + string.Join(", ", Routes.Select(FactTexts.RouteEn)));
        return result.Application.Route is { } route
            ? (new LocalizedText(FactTexts.RouteDe(route), FactTexts.RouteEn(route)), required)
            : (new LocalizedText("kein Antragsweg erfasst", "no route recorded"), required);
    }

    private LocalizedText? _required;
}
