package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The lab's fixed site objects as MAAS renders them: zone, pool, domain, VLAN, subnet, user. */
final class SiteJson {

  static final String API = "/MAAS/api/2.0/";
  static final String ADMIN = "admin";

  private SiteJson() {}

  static ObjectNode zone(String name) {
    ObjectNode zone = LabJson.object();
    zone.put("name", name);
    zone.put("description", "");
    zone.put("id", 1);
    zone.put("resource_uri", API + "zones/" + name + "/");
    return zone;
  }

  static ObjectNode pool(String name) {
    ObjectNode pool = LabJson.object();
    pool.put("name", name);
    pool.put("description", "Default pool");
    pool.put("id", 0);
    pool.put("resource_uri", API + "resourcepool/0/");
    return pool;
  }

  static ObjectNode domain() {
    ObjectNode domain = LabJson.object();
    domain.put("authoritative", true);
    domain.putNull("ttl");
    domain.put("name", "maas");
    domain.put("id", 0);
    domain.put("is_default", true);
    domain.put("resource_record_count", 0);
    domain.put("resource_uri", API + "domains/0/");
    return domain;
  }

  static ObjectNode vlan() {
    ObjectNode vlan = LabJson.object();
    vlan.put("vid", 0);
    vlan.put("mtu", 1500);
    vlan.put("dhcp_on", true);
    vlan.putNull("external_dhcp");
    vlan.putNull("relay_vlan");
    vlan.put("fabric", "fabric-0");
    vlan.put("fabric_id", 0);
    vlan.put("primary_rack", "7xtf67");
    vlan.putNull("secondary_rack");
    vlan.put("space", "undefined");
    vlan.put("id", LabNetwork.VLAN_ID);
    vlan.put("name", "untagged");
    vlan.put("resource_uri", API + "vlans/" + LabNetwork.VLAN_ID + "/");
    return vlan;
  }

  static ObjectNode subnet(LabNetwork network) {
    ObjectNode subnet = LabJson.object();
    subnet.put("name", network.cidr());
    subnet.put("description", "");
    subnet.set("vlan", vlan());
    subnet.put("cidr", network.cidr());
    subnet.put("rdns_mode", 2);
    subnet.put("gateway_ip", network.gateway());
    subnet.putArray("dns_servers");
    subnet.put("allow_dns", true);
    subnet.put("allow_proxy", true);
    subnet.put("active_discovery", false);
    subnet.put("managed", true);
    subnet.putArray("disabled_boot_architectures");
    subnet.put("space", "undefined");
    subnet.put("id", LabNetwork.SUBNET_ID);
    subnet.put("resource_uri", API + "subnets/" + LabNetwork.SUBNET_ID + "/");
    return subnet;
  }

  static ObjectNode admin() {
    ObjectNode user = LabJson.object();
    user.put("is_superuser", true);
    user.put("username", ADMIN);
    user.put("email", "admin@example.com");
    user.put("is_local", true);
    user.put("resource_uri", API + "users/" + ADMIN + "/");
    return user;
  }

  static ObjectNode tag(LabTag tag) {
    ObjectNode json = LabJson.object();
    json.put("name", tag.name());
    json.put("definition", tag.definition());
    json.put("comment", tag.comment());
    json.put("kernel_opts", tag.kernelOpts());
    json.put("resource_uri", API + "tags/" + tag.name() + "/");
    return json;
  }
}
