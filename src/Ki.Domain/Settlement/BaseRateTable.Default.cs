using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <content>The table embedded in this library version.</content>
public sealed partial class BaseRateTable
{
    private const string BundesbankCitation =
        "Deutsche Bundesbank, Basiszinssatz nach § 247 BGB, bekannt gemacht im Bundesanzeiger (§ 247 Abs. 2 BGB); " +
        "https://www.bundesbank.de/de/bundesbank/organisation/agb-und-regelungen/basiszinssatz-607820";

    private static readonly SourceReference Bundesbank = new(BundesbankCitation, Confidence.Secondary,
        "Values to 1 January 2023 as listed in Prütting/Wegen/Weinreich, BGB, § 247 Rn. 3 (last announcement BAnz AT 28.12.2022 B5); " +
        "later values as reported from the Bundesbank's half-yearly announcements; not read in the Bundesanzeiger itself.");

    private static readonly SourceReference EarlyTwoThousandThree = new(BundesbankCitation, Confidence.Uncertain,
        "Most lists give 1.97 % from 1 January 2003; one legal commentary gives 2.47 % until 28 February 2003 and 1.97 % from 1 March 2003. Check before relying on January and February 2003.");

    /// <summary>
    /// The Basiszinssatz from 1 January 2002 (when § 247 BGB took effect) to 30 June 2026, after the Deutsche
    /// Bundesbank's announcements; the rate from 1 July 2026 on is not part of this version.
    /// </summary>
    /// <remarks>
    /// Source: Deutsche Bundesbank, "Basiszinssatz nach § 247 BGB", announced in the Bundesanzeiger
    /// (https://www.bundesbank.de/de/bundesbank/organisation/agb-und-regelungen/basiszinssatz-607820); marked [S]
    /// because the values were taken from a commentary's list and reports of the announcements. The value from
    /// 1 January 2003 is marked [U] (one commentary dates it 1 March 2003). To use a newer table, read one from a file.
    /// </remarks>
    public static BaseRateTable Default { get; } = new(
        [
            Rate(2002, 1, 2.57m), Rate(2002, 7, 2.47m),
            new BaseRate(new LocalDate(2003, 1, 1), 1.97m, EarlyTwoThousandThree),
            Rate(2003, 7, 1.22m),
            Rate(2004, 1, 1.14m), Rate(2004, 7, 1.13m),
            Rate(2005, 1, 1.21m), Rate(2005, 7, 1.17m),
            Rate(2006, 1, 1.37m), Rate(2006, 7, 1.95m),
            Rate(2007, 1, 2.70m), Rate(2007, 7, 3.19m),
            Rate(2008, 1, 3.32m), Rate(2008, 7, 3.19m),
            Rate(2009, 1, 1.62m), Rate(2009, 7, 0.12m),
            Rate(2011, 7, 0.37m),
            Rate(2012, 1, 0.12m),
            Rate(2013, 1, -0.13m), Rate(2013, 7, -0.38m),
            Rate(2014, 1, -0.63m), Rate(2014, 7, -0.73m),
            Rate(2015, 1, -0.83m),
            Rate(2016, 7, -0.88m),
            Rate(2023, 1, 1.62m), Rate(2023, 7, 3.12m),
            Rate(2024, 1, 3.62m), Rate(2024, 7, 3.37m),
            Rate(2025, 1, 2.27m), Rate(2025, 7, 1.27m),
        ],
        new LocalDate(2026, 6, 30),
        Bundesbank);

    private static BaseRate Rate(int year, int month, decimal percent) => new(new LocalDate(year, month, 1), percent, Bundesbank);
}
