// The sample magazine front end. Start it with:
//   dotnet run --project samples/Diplomatic.Magazine -- --Diplomatic:DeliveryClient:BaseAddress=https://your-cms/
// or, without a CMS, against the built-in fake Delivery API (127.0.0.1 only):
//   dotnet run --project samples/Diplomatic.Magazine -- --demo
using Diplomatic.Magazine.Demo;

try
{
    if (DemoMode.IsRequested(args))
    {
        await using var demo = await DemoMode.StartAsync(args, Console.Out);
        await demo.WaitForShutdownAsync();
    }
    else
    {
        await Diplomatic.Magazine.MagazineApp.Create(args).RunAsync();
    }

    return 0;
}
catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }
    || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
{
    // One line a reader can act on, not Kestrel's stack trace.
    await Console.Error.WriteLineAsync($"diplomatic magazine: {ex.Message.TrimEnd('.')}: another program uses that port. Start with --urls http://127.0.0.1:<another port>.");
    return 2;
}
