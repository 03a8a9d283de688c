using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Ki.Domain.DependencyInjection;

/// <summary>
/// The registrations <see cref="KiDomainServiceCollectionExtensions.AddKiDomain"/> runs, one per room. A room that
/// offers services adds one method here and one entry to <see cref="All"/>. Every registration uses <c>TryAdd</c>,
/// so a service the host registered first wins and calling <c>AddKiDomain</c> twice registers nothing twice.
/// </summary>
internal static class KiDomainRegistrations
{
    /// <summary>Every room's registration, in order.</summary>
    /// <remarks>
    /// Allocation has nothing to register: <c>Allocator</c>, <c>Apportioner</c> and <c>StagedAllocation</c> are pure
    /// static functions of their request, with no state or dependency to inject.
    /// </remarks>
    public static IReadOnlyList<Action<IServiceCollection, KiDomainOptions>> All { get; } =
    [
        Core,
        Places,
        Programmes,
        Eligibility,
    ];

    /// <summary>The clock (unless the host has one) and the JSON limits.</summary>
    private static void Core(IServiceCollection services, KiDomainOptions options)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(options.JsonLimits);
    }

    /// <summary>The gazetteer.</summary>
    private static void Places(IServiceCollection services, KiDomainOptions options)
    {
        Func<KiJsonLimits, Gazetteer> factory = options.GazetteerFactory;
        services.TryAddSingleton(sp => factory(sp.GetRequiredService<KiJsonLimits>()));
    }

    /// <summary>The programme catalogue and the grant calculator.</summary>
    private static void Programmes(IServiceCollection services, KiDomainOptions options)
    {
        Func<KiJsonLimits, ProgrammeCatalogue> factory = options.CatalogueFactory;
        Money.RoundingMode rounding = options.GrantRounding;
        services.TryAddSingleton(sp => factory(sp.GetRequiredService<KiJsonLimits>()));
        services.TryAddSingleton(sp => new GrantCalculator(sp.GetRequiredService<IClock>(), rounding));
    }

    /// <summary>The eligibility rules, the evaluator over the registered catalogue, and the award allocator.</summary>
    private static void Eligibility(IServiceCollection services, KiDomainOptions options)
    {
        Func<KiJsonLimits, RuleBook> factory = options.RulesFactory;
        services.TryAddSingleton(sp => factory(sp.GetRequiredService<KiJsonLimits>()));
        services.TryAddSingleton(sp => new EligibilityEvaluator(sp.GetRequiredService<ProgrammeCatalogue>(), sp.GetRequiredService<RuleBook>(), sp.GetRequiredService<Gazetteer>()));
        services.TryAddSingleton(sp => new AwardAllocator(sp.GetRequiredService<EligibilityEvaluator>()));
    }
}
