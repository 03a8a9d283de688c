using System.Globalization;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Serialization;

// Exercises the library the way a trimmed host would, and prints what it computed. Exit code 0 only if every
// check holds; the output is read by .ci/run.
var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var german = CultureInfo.GetCultureInfo("de-DE");
Euro budget = Euro.Parse("131.000,00 €", german);
Check(budget.Cents == 13_100_000, $"money parses in de-DE: {budget.ToString(german)}");
Check(MunicipalityKey.ParseNrw("05974040").District.Code == "05974", "keys know their district");

try
{
    KiJson.Deserialize("{\"a\":1,\"a\":2}"u8, TrimCheckJsonContext.Default.DictionaryStringInt32);
    Check(false, "duplicate JSON keys are refused");
}
catch (Ki.Domain.KiDataException e)
{
    Check(e.Location == "$.a", $"duplicate JSON keys are refused at {e.Location}");
}

Console.WriteLine(failures.Count == 0 ? "trim check passed" : $"trim check FAILED: {string.Join("; ", failures)}");
return failures.Count == 0 ? 0 : 1;
