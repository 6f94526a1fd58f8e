package io.metalflow.lab.juju;

/**
 * {@code juju integrate [-m M] A[:x] B[:y]} (aliases {@code relate}, {@code add-relation}): records
 * the relation and prints nothing; the relation hooks run afterwards (a {@code grafana-source}
 * relation makes Grafana register Prometheus). An existing relation is Juju's "already exists"
 * error.
 */
final class IntegrateCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.value("model", "m").value("via");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    ParsedArgs args = call.args();
    if (args.positional().size() != 2) {
      throw JujuError.usage("an integration must involve two applications");
    }
    ModelRef ref = call.model();
    call.state().update(s -> s.count(ref.controller(), LabCounters::plusIntegrate));
    String first = args.positional().get(0);
    String second = args.positional().get(1);
    RelationResolver.Pair pair =
        call.state().query(s -> RelationResolver.resolve(s, ref, first, second));
    LabRelation existing = call.state().write(s -> add(s, ref, pair));
    if (existing != null) {
      String key = existing.describe();
      throw new JujuError(
          "cannot add relation \""
              + key
              + "\"\nrelation "
              + key
              + " (already exists): \n\nUse 'juju status --relations' to view the current relations.");
    }
    call.host().provisioner().reconcileRelations(ref);
  }

  /** Adds the relation; returns the existing one instead when it is there already. */
  private static LabRelation add(JujuStore s, ModelRef ref, RelationResolver.Pair pair) {
    for (LabRelation relation : s.relationsOf(ref)) {
      if (relation.requirer().equals(pair.requirer())
          && relation.provider().equals(pair.provider())) {
        return relation;
      }
    }
    int id = s.relationsOf(ref).stream().mapToInt(LabRelation::id).max().orElse(-1) + 1;
    LabRelation relation =
        new LabRelation(
            ref.controller(),
            ref.model(),
            id,
            pair.requirer(),
            pair.provider(),
            pair.interfaceName());
    s.relations.put(relation.key(), relation);
    return null;
  }
}
