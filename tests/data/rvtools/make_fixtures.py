#!/usr/bin/env python3
"""Writes the invented RVTools-style CSV fixtures (vHost, vCluster, vDatastore).

All host names, serials, addresses and UUIDs are made up. Headers follow the
RVTools 4.7.x spelling recorded in COLUMNS.md.

  csv-comma/      what `RVTools.exe -c ExportAll2csv` writes: comma separated,
                  '.' decimals, en-US dates, CRLF, UTF-8 without BOM,
                  quotes only where a field holds a comma or quote.
  csv-semicolon/  the same rows as a decimal-comma locale (de-DE) writes them:
                  ';' separated, ',' decimals, dd.MM.yyyy dates, CRLF,
                  UTF-8 *with* BOM (what Excel's "CSV UTF-8" save produces).

Run:  python3 make_fixtures.py   (writes next to this script)
"""
import csv
import os
from decimal import Decimal, getcontext

getcontext().prec = 28  # .NET System.Decimal prints up to 28-29 significant digits

HERE = os.path.dirname(os.path.abspath(__file__))
VC = "vcsa01.corp.example"
VC_UUID = "7d1c2a40-5b9e-4f3a-8c61-0e2f9b4d7a15"

HOST_HEADERS = [
    "Host", "Datacenter", "Cluster", "Config status", "Compliance Check State",
    "in Maintenance Mode", "in Quarantine Mode", "vSAN Fault Domain Name", "CPU Model",
    "Speed", "HT Available", "HT Active", "# CPU", "Cores per CPU", "# Cores",
    "CPU usage %", "# Memory", "Memory Tiering Type", "Memory usage %", "Console",
    "# NICs", "# HBAs", "# VMs total", "# VMs", "VMs per Core", "# vCPUs",
    "vCPUs per Core", "vRAM", "VM Used memory", "VM Memory Swapped",
    "VM Memory Ballooned", "VMotion support", "Storage VMotion support", "Current EVC",
    "Max EVC", "Assigned License(s)", "ATS Heartbeat", "ATS Locking",
    "Current CPU power man. policy", "Supported CPU power man.", "Host Power Policy",
    "ESX Version", "Boot time", "DNS Servers", "DHCP", "Domain", "Domain List",
    "DNS Search Order", "NTP Server(s)", "NTPD running", "Time Zone", "Time Zone Name",
    "GMT Offset", "Vendor", "Model", "Serial number", "Service tag",
    "OEM specific string", "BIOS Vendor", "BIOS Version", "BIOS Date",
    "Certificate Issuer", "Certificate Start Date", "Certificate Expiry Date",
    "Certificate Status", "Certificate Subject", "Object ID",
    "AutoDeploy.MachineIdentity",  # a vCenter custom attribute: RVTools inserts these before UUID
    "UUID", "VI SDK Server", "VI SDK UUID",
]

CLUSTER_HEADERS = [
    "Name", "Config status", "OverallStatus", "NumHosts", "numEffectiveHosts", "TotalCpu",
    "NumCpuCores", "NumCpuThreads", "Effective Cpu", "TotalMemory", "Effective Memory",
    "Num VMotions", "HA enabled", "Failover Level", "AdmissionControlEnabled",
    "Host monitoring", "HB Datastore Candidate Policy", "Isolation Response",
    "Restart Priority", "Cluster Settings", "Max Failures", "Max Failure Window",
    "Failure Interval", "Min Up Time", "VM Monitoring", "DRS enabled",
    "DRS default VM behavior", "DRS vmotion rate", "DPM enabled", "DPM default behavior",
    "DPM Host Power Action Rate", "Object ID", "VI SDK Server", "VI SDK UUID",
]

DATASTORE_HEADERS = [
    "Name", "Config status", "Address", "Accessible", "Type", "# VMs total", "# VMs",
    "Capacity MiB", "Provisioned MiB", "In Use MiB", "Free MiB", "Free %", "SIOC enabled",
    "SIOC Threshold", "# Hosts", "Hosts", "Cluster name", "Cluster capacity MiB",
    "Cluster free space MiB", "Block size", "Max Blocks", "# Extents", "Major Version",
    "Version", "VMFS Upgradeable", "MHA", "URL", "Object ID", "VI SDK Server", "VI SDK UUID",
]

# name, dc, cluster, vendor, model, cpu model, MHz, sockets, cores/socket, memory MiB,
# cpu%, mem%, vms total, vms on, vcpus, vram MiB, serial, boot (y,m,d,h,mi,s), bios, host moid
HOSTS = [
    ("esx-ams-01.corp.example", "DC-Amsterdam", "AMS-Compute", "Dell Inc.", "PowerEdge R760",
     "Intel(R) Xeon(R) Gold 6448Y", 2100, 2, 32, 1048202, 41, 63, 40, 38, 152, 524288,
     "7QX4D31", (2025, 3, 14, 22, 10, 5), "2.3.5", "host-1011"),
    ("esx-ams-02.corp.example", "DC-Amsterdam", "AMS-Compute", "Dell Inc.", "PowerEdge R760",
     "Intel(R) Xeon(R) Gold 6448Y", 2100, 2, 32, 1048202, 37, 58, 36, 35, 140, 491520,
     "7QX4D32", (2025, 3, 14, 22, 31, 47), "2.3.5", "host-1012"),
    ("esx-gpu-01.corp.example", "DC-Amsterdam", "AMS-GPU", "Dell Inc.", "PowerEdge XE9680",
     "Intel(R) Xeon(R) Platinum 8480+", 2000, 2, 56, 2096810, 12, 71, 8, 8, 416, 1572864,
     "9GPU7H1", (2025, 5, 2, 6, 4, 59), "2.2.8", "host-2021"),
    ("esx-gpu-02.corp.example", "DC-Amsterdam", "AMS-GPU", "Dell Inc.", "PowerEdge XE9680",
     "Intel(R) Xeon(R) Platinum 8480+", 2000, 2, 56, 2096810, 9, 66, 7, 6, 320, 1376256,
     "9GPU7H2", (2025, 5, 2, 6, 19, 3), "2.2.8", "host-2022"),
    ("esx-fra-01.corp.example", "DC-Frankfurt", "FRA-Compute", "Dell Inc.", "PowerEdge R660",
     "Intel(R) Xeon(R) Gold 6430", 2100, 2, 32, 786164, 29, 54, 20, 20, 76, 327680,
     "3FRA6K1", (2025, 1, 20, 9, 0, 12), "2.1.6", "host-3031"),
    ("esx-fra-02.corp.example", "DC-Frankfurt", "FRA-Compute", "Dell Inc.", "PowerEdge R660",
     "Intel(R) Xeon(R) Gold 6430", 2100, 2, 32, 786164, 33, 49, 22, 21, 84, 311296,
     "3FRA6K2", (2025, 1, 20, 9, 14, 40), "2.1.6", "host-3032"),
]

CLUSTER_MOID = {"AMS-Compute": "domain-c1001", "AMS-GPU": "domain-c2001", "FRA-Compute": "domain-c3001"}

# name, type, address, hosts (short list), capacity MiB, free MiB, uncommitted MiB,
# vms total, vms on, block size, major, version, url, moid
DATASTORES = [
    ("AMS-VMFS-01", "VMFS", "naa.6000ac9f0ams000000000000000001a1",
     ["esx-ams-01.corp.example", "esx-ams-02.corp.example"],
     16776960, 6291456, 2097152, 76, 73, 1, 6, "6.82", "ds:///vmfs/volumes/65f2c1a0-1b2c3d4e-aa01-b4969100a001/", "datastore-4001"),
    ("vsanDatastore-AMS-GPU", "vsan", None,
     ["esx-gpu-01.corp.example", "esx-gpu-02.corp.example"],
     61440000, 38912000, 4194304, 15, 14, None, None, None, "ds:///vmfs/volumes/vsan:52a1b2c3d4e5f607-8190a1b2c3d4e5f6/", "datastore-4002"),
    ("FRA-NFS-01", "NFS", "nfs01.fra.corp.example:/vol/fra_nfs01",
     ["esx-fra-01.corp.example", "esx-fra-02.corp.example"],
     10485760, 4718592, 1048576, 30, 29, None, None, None, "ds:///vmfs/volumes/3b7e9c21-5a1f0d44/", "datastore-4003"),
    ("FRA-VMFS-01", "VMFS", "naa.6000ac9f0fra000000000000000002b2",
     ["esx-fra-01.corp.example", "esx-fra-02.corp.example"],
     8388352, 5242880, 524288, 12, 12, 1, 6, "6.82", "ds:///vmfs/volumes/65f2c1a0-5e6f7a8b-bb02-b4969100b002/", "datastore-4004"),
]


def dec(v, locale):
    s = str(v)
    return s.replace(".", ",") if locale == "de" else s


def ts(t, locale):
    y, mo, d, h, mi, s = t
    if locale == "de":
        return f"{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}:{s:02d}"
    h12 = h % 12 or 12
    return f"{mo}/{d}/{y} {h12}:{mi:02d}:{s:02d} {'AM' if h < 12 else 'PM'}"


def host_rows(locale):
    rows = []
    for (name, dc, cl, vendor, model, cpu, mhz, sock, cps, mem, cpup, memp, vmt, vms, vcpu,
         vram, serial, boot, bios, moid) in HOSTS:
        cores = sock * cps
        dns = "10.10.0.53, 10.10.0.54" if dc == "DC-Amsterdam" else "10.20.0.53, 10.20.0.54"
        ntp = "ntp1.corp.example, ntp2.corp.example"
        evc = "intel-sapphirerapids"
        row = {
            "Host": name, "Datacenter": dc, "Cluster": cl, "Config status": "green",
            "Compliance Check State": "compliant", "in Maintenance Mode": "False",
            "in Quarantine Mode": "False", "vSAN Fault Domain Name": "",
            "CPU Model": cpu, "Speed": mhz, "HT Available": "True", "HT Active": "True",
            "# CPU": sock, "Cores per CPU": cps, "# Cores": cores, "CPU usage %": cpup,
            "# Memory": mem, "Memory Tiering Type": "noTiering", "Memory usage %": memp,
            "Console": 0, "# NICs": 4, "# HBAs": 2 if "gpu" not in name else 3,
            "# VMs total": vmt, "# VMs": vms,
            "VMs per Core": dec(Decimal(vms) / Decimal(cores), locale),
            "# vCPUs": vcpu, "vCPUs per Core": dec(Decimal(vcpu) / Decimal(cores), locale),
            "vRAM": vram, "VM Used memory": int(mem * memp / 100 * 0.93),
            "VM Memory Swapped": 0, "VM Memory Ballooned": 0,
            "VMotion support": "True", "Storage VMotion support": "True",
            "Current EVC": "", "Max EVC": evc,
            "Assigned License(s)": "VMware vSphere 8 Enterprise Plus",
            "ATS Heartbeat": "True", "ATS Locking": "True",
            "Current CPU power man. policy": "Balanced",
            "Supported CPU power man.": "ACPI P-states, ACPI C-states",
            "Host Power Policy": "Balanced",
            "ESX Version": "VMware ESXi 8.0.3 build-24280767",
            "Boot time": ts(boot, locale), "DNS Servers": dns, "DHCP": "False",
            "Domain": "corp.example", "Domain List": "corp.example",
            "DNS Search Order": "corp.example", "NTP Server(s)": ntp, "NTPD running": "True",
            "Time Zone": "UTC", "Time Zone Name": "UTC", "GMT Offset": 0,
            "Vendor": vendor, "Model": model, "Serial number": serial, "Service tag": serial,
            "OEM specific string": "", "BIOS Vendor": "Dell Inc.", "BIOS Version": bios,
            "BIOS Date": ts((2024, 11, 6, 0, 0, 0), locale),
            "Certificate Issuer": "O=VMware, CN=CA", "Certificate Start Date": ts((2025, 1, 8, 10, 0, 0), locale),
            "Certificate Expiry Date": ts((2030, 1, 8, 10, 0, 0), locale), "Certificate Status": "good",
            "Certificate Subject": f"CN={name}", "Object ID": moid,
            "AutoDeploy.MachineIdentity": "",
            "UUID": f"4c4c4544-00{moid[-2:]}-4a10-8034-b7c04f{moid[-4:]}d3",
            "VI SDK Server": VC, "VI SDK UUID": VC_UUID,
        }
        rows.append(row)
    return rows


def cluster_rows(locale):
    rows = []
    for cl, moid in CLUSTER_MOID.items():
        hs = [h for h in HOSTS if h[2] == cl]
        cores = sum(h[7] * h[8] for h in hs)
        total_cpu = sum(h[7] * h[8] * h[6] for h in hs)
        mem_mib = sum(h[9] for h in hs)
        gpu = cl == "AMS-GPU"
        rows.append({
            "Name": cl, "Config status": "green", "OverallStatus": "green",
            "NumHosts": len(hs), "numEffectiveHosts": len(hs), "TotalCpu": total_cpu,
            "NumCpuCores": cores, "NumCpuThreads": cores * 2,
            "Effective Cpu": int(total_cpu * 0.94),
            "TotalMemory": mem_mib * 1048576,          # bytes (raw vSphere value) - see notes
            "Effective Memory": int(mem_mib * 0.95),   # MB/MiB (raw vSphere effectiveMemory)
            "Num VMotions": 12 if gpu else 4187, "HA enabled": "True", "Failover Level": 1,
            "AdmissionControlEnabled": "False" if gpu else "True", "Host monitoring": "enabled",
            "HB Datastore Candidate Policy": "allFeasibleDsWithUserPreference",
            "Isolation Response": "none", "Restart Priority": "medium",
            "Cluster Settings": "True", "Max Failures": 3, "Max Failure Window": -1,
            "Failure Interval": 30, "Min Up Time": 120, "VM Monitoring": "vmMonitoringDisabled",
            "DRS enabled": "True", "DRS default VM behavior": "partiallyAutomated" if gpu else "fullyAutomated",
            "DRS vmotion rate": 3, "DPM enabled": "False", "DPM default behavior": "manual",
            "DPM Host Power Action Rate": 3, "Object ID": moid,
            "VI SDK Server": VC, "VI SDK UUID": VC_UUID,
        })
    return rows


def datastore_rows(locale):
    rows = []
    for (name, typ, addr, hosts, cap, free, uncommitted, vmt, vms, bs, major, ver, url, moid) in DATASTORES:
        in_use = cap - free
        rows.append({
            "Name": name, "Config status": "green", "Address": addr or "", "Accessible": "True",
            "Type": typ, "# VMs total": vmt, "# VMs": vms, "Capacity MiB": cap,
            "Provisioned MiB": in_use + uncommitted, "In Use MiB": in_use, "Free MiB": free,
            "Free %": round(free * 100 / cap), "SIOC enabled": "False", "SIOC Threshold": 30,
            "# Hosts": len(hosts), "Hosts": ", ".join(hosts), "Cluster name": "",
            "Cluster capacity MiB": "", "Cluster free space MiB": "",
            "Block size": bs if bs is not None else "", "Max Blocks": "",
            "# Extents": 1 if typ == "VMFS" else "", "Major Version": major if major is not None else "",
            "Version": ver or "", "VMFS Upgradeable": "False" if typ == "VMFS" else "",
            "MHA": "True", "URL": url, "Object ID": moid, "VI SDK Server": VC, "VI SDK UUID": VC_UUID,
        })
    return rows


def write(path, headers, rows, delimiter, bom):
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        w = csv.DictWriter(f, fieldnames=headers, delimiter=delimiter, quotechar='"',
                           quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)


for sub, locale, delim, bom in (("csv-comma", "en", ",", False), ("csv-semicolon", "de", ";", True)):
    d = os.path.join(HERE, sub)
    os.makedirs(d, exist_ok=True)
    write(os.path.join(d, "RVTools_tabvHost.csv"), HOST_HEADERS, host_rows(locale), delim, bom)
    write(os.path.join(d, "RVTools_tabvCluster.csv"), CLUSTER_HEADERS, cluster_rows(locale), delim, bom)
    write(os.path.join(d, "RVTools_tabvDatastore.csv"), DATASTORE_HEADERS, datastore_rows(locale), delim, bom)


# The same inventory as the .xlsx workbook RVTools writes by default: one sheet per tab, numbers
# stored as numbers, text as shared strings (openpyxl: Debian's python3-openpyxl).
def write_workbook(path):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, headers, rows in (("vHost", HOST_HEADERS, host_rows("en")),
                                 ("vCluster", CLUSTER_HEADERS, cluster_rows("en")),
                                 ("vDatastore", DATASTORE_HEADERS, datastore_rows("en"))):
        sheet = book.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append([row.get(h, "") for h in headers])
    book.save(path)


write_workbook(os.path.join(HERE, "inventory.xlsx"))
