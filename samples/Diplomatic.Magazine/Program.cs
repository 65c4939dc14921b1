// The sample magazine front end. Start it with:
//   dotnet run --project samples/Diplomatic.Magazine -- --Diplomatic:DeliveryClient:BaseAddress=https://your-cms/
// or, without a CMS, against the built-in fake Delivery API (127.0.0.1 only):
//   dotnet run --project samples/Diplomatic.Magazine -- --demo
using Diplomatic.Magazine.Demo;

if (DemoMode.IsRequested(args))
{
    await using var demo = await DemoMode.StartAsync(args, Console.Out);
    await demo.WaitForShutdownAsync();
}
else
{
    await Diplomatic.Magazine.MagazineApp.Create(args).RunAsync();
}
