// The dumbbell `wirewise bench congestion` compares itself with: 10 TCP NewReno bulk flows over a
// 10 Mb/s, 20 ms (one-way 5 ms bottleneck + access links giving a 20 ms RTT) bottleneck, 60 s.
// Build: g++ -O2 -std=c++17 dumbbell.cc -o dumbbell $(ls /usr/lib/x86_64-linux-gnu/libns3-*.so | \
//          sed 's|.*/lib\(ns3-[^.]*\)\.so|-l\1|')
#include "ns3/core-module.h"
#include "ns3/network-module.h"
#include "ns3/internet-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/point-to-point-layout-module.h"
#include "ns3/applications-module.h"
#include "ns3/traffic-control-module.h"

using namespace ns3;

int main(int argc, char* argv[]) {
    uint32_t flows = 10;
    double seconds = 60;
    CommandLine cmd;
    cmd.AddValue("flows", "number of flows", flows);
    cmd.AddValue("seconds", "simulated seconds", seconds);
    cmd.Parse(argc, argv);

    Config::SetDefault("ns3::TcpL4Protocol::SocketType", StringValue("ns3::TcpNewReno"));
    Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(1460));
    Config::SetDefault("ns3::TcpSocket::InitialCwnd", UintegerValue(10));
    Config::SetDefault("ns3::TcpSocket::DelAckCount", UintegerValue(1));
    Config::SetDefault("ns3::TcpSocket::SndBufSize", UintegerValue(1 << 22));
    Config::SetDefault("ns3::TcpSocket::RcvBufSize", UintegerValue(1 << 22));
    Config::SetDefault("ns3::TcpSocketBase::Sack", BooleanValue(false));

    PointToPointHelper bottleneck;
    bottleneck.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
    bottleneck.SetChannelAttribute("Delay", StringValue("5ms"));
    bottleneck.SetQueue("ns3::DropTailQueue", "MaxSize", StringValue("17p"));
    PointToPointHelper access;
    access.SetDeviceAttribute("DataRate", StringValue("1Gbps"));
    access.SetChannelAttribute("Delay", StringValue("2500us"));
    PointToPointDumbbellHelper d(flows, access, flows, access, bottleneck);

    InternetStackHelper stack;
    d.InstallStack(stack);
    d.AssignIpv4Addresses(Ipv4AddressHelper("10.1.1.0", "255.255.255.0"),
                          Ipv4AddressHelper("10.2.1.0", "255.255.255.0"),
                          Ipv4AddressHelper("10.3.1.0", "255.255.255.0"));
    Ipv4GlobalRoutingHelper::PopulateRoutingTables();

    ApplicationContainer sinks, sources;
    for (uint32_t i = 0; i < flows; i++) {
        uint16_t port = 5000 + i;
        PacketSinkHelper sink("ns3::TcpSocketFactory", InetSocketAddress(Ipv4Address::GetAny(), port));
        sinks.Add(sink.Install(d.GetRight(i)));
        BulkSendHelper src("ns3::TcpSocketFactory", InetSocketAddress(d.GetRightIpv4Address(i), port));
        src.SetAttribute("MaxBytes", UintegerValue(0));
        sources.Add(src.Install(d.GetLeft(i)));
    }
    sinks.Start(Seconds(0));
    sources.Start(Seconds(0));
    Simulator::Stop(Seconds(seconds));
    Simulator::Run();
    uint64_t bytes = 0;
    for (uint32_t i = 0; i < sinks.GetN(); i++) {
        bytes += DynamicCast<PacketSink>(sinks.Get(i))->GetTotalRx();
    }
    std::cout << "ns-3 goodput_bps " << bytes * 8.0 / seconds << std::endl;
    Simulator::Destroy();
    return 0;
}
