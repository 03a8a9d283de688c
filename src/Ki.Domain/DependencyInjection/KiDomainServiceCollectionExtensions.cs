using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Internal;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Ki.Domain.DependencyInjection;

/// <summary>Registers Ki.Domain's services in a host's dependency injection container with one call.</summary>
/// <remarks>
/// <para>
/// <c>services.AddKiDomain()</c> registers as singletons: the <see cref="Gazetteer"/>, the
/// <see cref="ProgrammeCatalogue"/>, a <see cref="GrantCalculator"/>, the eligibility <see cref="RuleBook"/>, an
/// <see cref="EligibilityEvaluator"/> over the registered catalogue and rules, an <see cref="AwardAllocator"/>, the
/// <see cref="KiJsonLimits"/>, and NodaTime's
/// <see cref="IClock"/> as <see cref="SystemClock.Instance"/> unless the host registered a clock already (a test
/// clock, say). Every service is registered with <c>TryAdd</c>: what the host registered first is kept, and a second
/// call adds nothing. All registered services are immutable and safe to share across threads.
/// </para>
/// <para>Uses only Microsoft.Extensions.DependencyInjection.Abstractions; any container that implements it works.</para>
/// </remarks>
/// <example>
/// <code language="csharp"><![CDATA[
/// using Ki.Domain.DependencyInjection;
/// using Ki.Domain.Eligibility;
/// using Ki.Domain.Places;
/// using Microsoft.Extensions.DependencyInjection;
///
/// var services = new ServiceCollection();
/// services.AddKiDomain();
/// using ServiceProvider provider = services.BuildServiceProvider();
///
/// Gazetteer gazetteer = provider.GetRequiredService<Gazetteer>();
/// Console.WriteLine(gazetteer.Districts.Length);                                  // 53
/// Console.WriteLine(provider.GetRequiredService<EligibilityEvaluator>() is not null);   // True
/// ]]></code>
/// </example>
public static class KiDomainServiceCollectionExtensions
{
    /// <summary>Registers the gazetteer, the programme catalogue, the grant calculator, the eligibility rules, evaluator and award allocator, the JSON limits and a clock.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Chooses another gazetteer, catalogue, rules, rounding or limits; null keeps the defaults.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddKiDomain(this IServiceCollection services, Action<KiDomainOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services);
        var options = new KiDomainOptions();
        configure?.Invoke(options);
        foreach (Action<IServiceCollection, KiDomainOptions> register in KiDomainRegistrations.All)
        {
            register(services, options);
        }

        return services;
    }
}
