// The pure drop-tail dumbbell `wirewise bench congestion --ns3 PROGRAM` compares itself with:
// N bulk flows, each sender and receiver on its own 100 Mb/s, 1 ms access link, sharing one
// bottleneck of RATE Mb/s and 20 ms one way (a 44 ms RTT) with a 100-packet drop-tail queue;
// MSS 1448 (1460 less 12 bytes of timestamps), SACK, timestamps, delayed ACKs every second
// segment, flows starting STAGGER ms apart. Prints one line per flow: "flow I START_S BYTES".
//
// Ipv4AddressHelper::Assign installs a default FqCoDel queue disc on every device that has none,
// so a dumbbell built the obvious way is not drop-tail. TrafficControlHelper::Uninstall removes it
// from every device: the only queue left is the device's own 100-packet DropTailQueue.
//
// Build (Debian's libns3-dev 3.37):
//   g++ -O2 -std=c++17 dumbbell.cc -o dumbbell $(ls /usr/lib/x86_64-linux-gnu/libns3-*.so | \
//       sed 's|.*/lib\(ns3-[^.]*\)\.so|-l\1|')
#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-layout-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/traffic-control-module.h"

#include <iostream>
#include <string>

using namespace ns3;

int main(int argc, char* argv[]) {
    uint32_t flows = 10;
    double seconds = 30;
    double rateMbps = 10;
    double staggerMs = 10;
    std::string algo = "newreno";
    CommandLine cmd;
    cmd.AddValue("flows", "number of flows", flows);
    cmd.AddValue("seconds", "simulated seconds", seconds);
    cmd.AddValue("rate", "bottleneck rate, Mb/s", rateMbps);
    cmd.AddValue("stagger", "start of flow i is i * stagger, ms", staggerMs);
    cmd.AddValue("algo", "newreno, cubic or bbr", algo);
    cmd.Parse(argc, argv);

    std::string type = algo == "cubic" ? "ns3::TcpCubic" : algo == "bbr" ? "ns3::TcpBbr" : "ns3::TcpNewReno";
    Config::SetDefault("ns3::TcpL4Protocol::SocketType", StringValue(type));
    Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(1448));
    Config::SetDefault("ns3::TcpSocket::InitialCwnd", UintegerValue(10));
    Config::SetDefault("ns3::TcpSocket::DelAckCount", UintegerValue(2));
    Config::SetDefault("ns3::TcpSocket::SndBufSize", UintegerValue(1 << 24));
    Config::SetDefault("ns3::TcpSocket::RcvBufSize", UintegerValue(1 << 24));
    Config::SetDefault("ns3::TcpSocketBase::Sack", BooleanValue(true));
    Config::SetDefault("ns3::TcpSocketBase::Timestamp", BooleanValue(true));
    Config::SetDefault("ns3::TcpSocketBase::MinRto", TimeValue(MilliSeconds(200))); // Linux's TCP_RTO_MIN
    if (algo == "bbr") {
        Config::SetDefault("ns3::TcpSocketState::EnablePacing", BooleanValue(true));
    }

    PointToPointHelper bottleneck;
    bottleneck.SetDeviceAttribute("DataRate", DataRateValue(DataRate(rateMbps * 1e6)));
    bottleneck.SetChannelAttribute("Delay", StringValue("20ms"));
    bottleneck.SetQueue("ns3::DropTailQueue", "MaxSize", StringValue("100p"));
    PointToPointHelper access;
    access.SetDeviceAttribute("DataRate", StringValue("100Mbps"));
    access.SetChannelAttribute("Delay", StringValue("1ms"));
    access.SetQueue("ns3::DropTailQueue", "MaxSize", StringValue("100p"));
    PointToPointDumbbellHelper d(flows, access, flows, access, bottleneck);

    InternetStackHelper stack;
    d.InstallStack(stack);
    d.AssignIpv4Addresses(Ipv4AddressHelper("10.1.1.0", "255.255.255.0"),
                          Ipv4AddressHelper("10.2.1.0", "255.255.255.0"),
                          Ipv4AddressHelper("10.3.1.0", "255.255.255.0"));
    TrafficControlHelper tc;
    for (NodeList::Iterator n = NodeList::Begin(); n != NodeList::End(); ++n) {
        for (uint32_t i = 0; i < (*n)->GetNDevices(); i++) {
            Ptr<NetDevice> dev = (*n)->GetDevice(i);
            if (DynamicCast<PointToPointNetDevice>(dev)) {
                tc.Uninstall(dev);
            }
        }
    }
    Ipv4GlobalRoutingHelper::PopulateRoutingTables();

    std::vector<Ptr<PacketSink>> sinks;
    for (uint32_t i = 0; i < flows; i++) {
        uint16_t port = 5000 + i;
        PacketSinkHelper sink("ns3::TcpSocketFactory", InetSocketAddress(Ipv4Address::GetAny(), port));
        ApplicationContainer s = sink.Install(d.GetRight(i));
        s.Start(Seconds(0));
        sinks.push_back(DynamicCast<PacketSink>(s.Get(0)));
        BulkSendHelper src("ns3::TcpSocketFactory", InetSocketAddress(d.GetRightIpv4Address(i), port));
        src.SetAttribute("MaxBytes", UintegerValue(0));
        ApplicationContainer a = src.Install(d.GetLeft(i));
        a.Start(MilliSeconds(staggerMs * i));
    }
    Simulator::Stop(Seconds(seconds));
    Simulator::Run();
    for (uint32_t i = 0; i < flows; i++) {
        std::cout << "flow " << i << " " << staggerMs * i / 1e3 << " " << sinks[i]->GetTotalRx() << std::endl;
    }
    Simulator::Destroy();
    return 0;
}
